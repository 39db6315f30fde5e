/** Keeping frozen chart versions: new versions are copied, published ones never overwritten, a damaged file is named. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freezeCharts } from '../../scripts/freeze-charts.ts';
import { archivedCharts } from '../../src/lib/chart-archive.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'freeze-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  delete process.env.CHART_ARCHIVE;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const record = (slug: string, version: string, csv: string) => ({
  slug, version, chart: 'district-year', title: '标题', subtitle: '副标题', alt: '说明', notes: [],
  drawings: [{ name: 'narrow', width: 320, svg: '<svg></svg>' }], sources: [], corrections: [], dataDate: '2025-01-20', updated: null, csv,
});
const publish = (site: string, r: ReturnType<typeof record>) => {
  mkdirSync(join(site, 'embed', r.slug, 'v'), { recursive: true });
  writeFileSync(join(site, 'embed', r.slug, 'v', `${r.version}.json`), JSON.stringify(r));
};

describe('freezeCharts', () => {
  it('adds the versions the archive lacks and never overwrites one', () => {
    const site = tmp();
    const archive = tmp();
    publish(site, record('district-year', 'aaa', 'old'));
    expect(freezeCharts(site, archive)).toEqual(['district-year/aaa']);
    publish(site, record('district-year', 'aaa', 'tampered'));
    publish(site, record('district-year', 'bbb', 'new'));
    expect(freezeCharts(site, archive)).toEqual(['district-year/bbb']);
    expect(JSON.parse(readFileSync(join(archive, 'district-year', 'aaa.json'), 'utf8')).csv).toBe('old');
  });
});

describe('archivedCharts', () => {
  it('reads every record, and names a damaged file and its wrong fields', () => {
    const archive = tmp();
    process.env.CHART_ARCHIVE = archive;
    mkdirSync(join(archive, 'district-year'));
    writeFileSync(join(archive, 'district-year', 'aaa.json'), JSON.stringify(record('district-year', 'aaa', 'x')));
    expect(archivedCharts().map((r) => r.version)).toEqual(['aaa']);
    const other = tmp();
    process.env.CHART_ARCHIVE = other;
    mkdirSync(join(other, 'district-map'));
    writeFileSync(join(other, 'district-map', 'bbb.json'), JSON.stringify({ ...record('district-map', 'bbb', 'x'), csv: 3 }));
    expect(() => archivedCharts()).toThrow(/bbb\.json[\s\S]*csv/);
  });
});
