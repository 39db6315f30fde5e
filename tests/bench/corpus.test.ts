/**
 * The benchmark's corpus generator: deterministic (the same size gives the same
 * bytes, and a smaller size is the first part of a larger one), and it grows
 * what real corpora grow (cities, districts, years, lists, distinct text)
 * while keeping the lines the recognizers read.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../scripts/bench/corpus.ts';
import { jitterNumbers, prng, recombine, shiftYears } from '../../scripts/bench/corpus-text.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = join(ROOT, 'seeds');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'reports');
const tmp = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
interface Entry { id: string; file: string; year: number; list: string | null; script: string; region: { city: string; district: string | null } }
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

describe('makeCorpus', async () => {
  const [a, b, small] = [join(tmp, 'a'), join(tmp, 'b'), join(tmp, 'small')];
  await makeCorpus(SEEDS, FIXTURES, a, 4);
  await makeCorpus(SEEDS, FIXTURES, b, 4);
  await makeCorpus(SEEDS, FIXTURES, small, 2);
  const corpus = files(a);
  const manifest = JSON.parse(corpus['manifest.json']!) as Entry[];
  const seeds = JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8')) as Entry[];

  it('gives the same bytes for the same size', () => {
    expect(files(b)).toEqual(corpus);
  });

  it('makes a smaller size the first part of a larger one, starting with the seeds unchanged', () => {
    for (const [name, text] of Object.entries(files(small))) if (name.endsWith('.txt')) expect(corpus[name], name).toBe(text);
    for (const s of seeds) expect(corpus[s.file]).toBe(readFileSync(join(SEEDS, s.file), 'utf8'));
    expect(manifest).toHaveLength(20);
  });

  it('grows cities, years and lists beyond the seeds', () => {
    const count = (entries: Entry[], key: (e: Entry) => unknown) => new Set(entries.map(key)).size;
    expect(count(manifest, (e) => e.region.city)).toBeGreaterThan(count(seeds, (e) => e.region.city) + 3);
    expect(count(manifest, (e) => e.year)).toBeGreaterThan(count(seeds, (e) => e.year));
    expect(count(manifest, (e) => e.list)).toBeGreaterThan(count(seeds, (e) => e.list));
  });

  it('writes each new report in its own city, with its own text', () => {
    for (const e of manifest.filter((m) => m.id.includes('-x'))) {
      const template = seeds.find((s) => e.id.startsWith(`${s.id}-x`))!;
      const text = corpus[e.file]!;
      expect(text, e.id).not.toBe(readFileSync(join(SEEDS, template.file), 'utf8'));
      const city = e.region.city.replace(/市$/, '');
      if (e.region.city !== template.region.city) expect(text.includes(e.script === 'traditional' ? toTraditional(city) : city), `${e.id} names ${e.region.city}`).toBe(true);
    }
    const texts = manifest.map((e) => corpus[e.file]);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('text transforms', () => {
  const donors = ['外来句子甲。', '外来句子乙。'];
  it('replaces plain sentences of prose lines and keeps structural lines and case-carrying sentences', () => {
    const prose = '这是第一句很普通的叙述文字，用来凑足长度，让这一行成为正文的句子。这也是一句普通的叙述文字，用来凑足长度的句子啊。一是推进“某某改革”。';
    const text = `一、改革总体情况说明这一行是标题行不应被替换掉的内容即使它很长很长很长很长很长很长很长很长\n${prose}`;
    const out = recombine(text, donors, () => 0, 1);
    const [heading, body] = out.split('\n');
    expect(heading).toBe(text.split('\n')[0]);
    expect(body).toBe('外来句子甲。外来句子甲。一是推进“某某改革”。');
  });

  it('shifts years but not other four-digit numbers', () => {
    expect(shiftYears('2018年至2020年，2019—2021，共1316.36亿元，2000余家', 2)).toBe('2020年至2022年，2021—2023，共1316.36亿元，2000余家');
  });

  it('scales counted values, not years, dates or ordinals', () => {
    const out = jitterNumbers('2024年3月共有70余件，第3批，增长12.5%，完成36项', prng(1));
    expect(out).toMatch(/^2024年3月共有\d+余件，第3批，增长12\.5%，完成\d+项$/);
    expect(out).not.toBe('2024年3月共有70余件，第3批，增长12.5%，完成36项');
  });
});
