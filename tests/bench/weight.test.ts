/** The bench's page weight counts what a page makes the browser fetch, the icon sprite included. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embedFolders, pageWeight } from '../../scripts/bench/weight.ts';

const dist = mkdtempSync(join(tmpdir(), 'bench-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const SPRITE = `<svg xmlns="http://www.w3.org/2000/svg"><symbol id="i-a"><path d="M0 0h24v24H0z"/></symbol></svg>`;
const CSS = 'body{margin:0}';
const HTML = `<!doctype html><link rel="stylesheet" href="/_astro/a.css"><p><svg><use href="/icons.abc.svg#i-a"/></svg> 一 <svg><use href="/icons.abc.svg#i-a"/></svg></p>`;

describe('pageWeight', () => {
  it('counts a sprite file its <use> elements reference, once however many icons use it', () => {
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'p'));
    writeFileSync(join(dist, '_astro', 'a.css'), CSS);
    writeFileSync(join(dist, 'icons.abc.svg'), SPRITE);
    writeFileSync(join(dist, 'p', 'index.html'), HTML);
    const w = pageWeight(dist, 'page', '/p/');
    expect(w.sprites).toBe(Buffer.byteLength(SPRITE));
    expect(w.total).toBe(Buffer.byteLength(HTML) + Buffer.byteLength(CSS) + Buffer.byteLength(SPRITE));
  });
});

describe('embedFolders', () => {
  it('keeps the charts and leaves out the pages of the paged newsroom list (/embed/2/)', () => {
    expect(embedFolders(['district-year', '2', 'domain-mix-all', '10', 'district-timeline-2018'])).toEqual(['district-year', 'domain-mix-all', 'district-timeline-2018']);
  });
});
