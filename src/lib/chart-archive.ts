/**
 * The archive of frozen chart versions (src/charts/frozen.ts): one JSON file
 * per version, archive/charts/<slug>/<version>.json, committed with the
 * site. CHART_ARCHIVE names another folder (the tests build from a
 * temporary one). Read once per build; a damaged file fails the build
 * naming it and the fields that are wrong.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError } from '../../scripts/datasets/errors.ts';
import { type FrozenChart, freezeChart, frozenProblems } from '../charts/frozen.ts';
import { chartData } from '../charts/data.ts';
import { publishedCharts } from '../charts/publish.ts';
import type { ChartData, ChartSpec } from '../charts/types.ts';

export const archiveDir = () => process.env.CHART_ARCHIVE || join(process.cwd(), 'archive', 'charts');

let cache: { dir: string; records: FrozenChart[] } | undefined;

export function archivedCharts(): FrozenChart[] {
  const dir = archiveDir();
  if (cache?.dir === dir) return cache.records;
  const records: FrozenChart[] = [];
  if (existsSync(dir)) {
    for (const slug of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      for (const name of readdirSync(join(dir, slug)).filter((n) => n.endsWith('.json')).sort()) {
        const file = join(dir, slug, name);
        const shown = relative(process.cwd(), file);
        let value: unknown;
        try {
          value = JSON.parse(readFileSync(file, 'utf8'));
        } catch (error) {
          throw new InputError({ file: shown, problem: `not valid JSON (${(error as Error).message}).`, expected: 'a frozen chart record written by the build (/embed/<slug>/v/<version>.json)' });
        }
        const bad = frozenProblems(value);
        const record = value as FrozenChart;
        if (!bad.length && (record.slug !== slug || `${record.version}.json` !== name)) bad.push('slug/version (they must match the folder and file name)');
        if (bad.length) throw new InputError({ file: shown, field: bad.join(', '), problem: 'missing or of the wrong type.', expected: 'a frozen chart record written by the build (/embed/<slug>/v/<version>.json)' });
        records.push(record);
      }
    }
  }
  cache = { dir, records };
  return records;
}

/**
 * Every frozen version the build serves: the current version of each
 * published chart (frozen from today's data) and every archived one, each
 * with the live chart of its slug when that is still published.
 */
export function frozenVersions(): FrozenVersion[] {
  const data = chartData();
  const dir = archiveDir();
  if (frozen?.data !== data || frozen.dir !== dir) frozen = { data, dir, versions: listVersions(data) };
  return frozen.versions;
}

interface FrozenVersion {
  record: FrozenChart;
  live: ChartSpec | undefined;
}

/** The versions of this build: three routes (the page, its JSON and its CSV) list the same records, frozen once. */
let frozen: { data: ChartData; dir: string; versions: FrozenVersion[] } | undefined;

function listVersions(data: ChartData): FrozenVersion[] {
  const live = new Map(publishedCharts(data).map(({ key, spec }) => [key, spec]));
  const current = [...live].map(([key, spec]) => freezeChart(spec, key));
  const seen = new Set(current.map((r) => `${r.slug}/${r.version}`));
  const old = archivedCharts().filter((r) => !seen.has(`${r.slug}/${r.version}`));
  return [...current, ...old].map((record) => ({ record, live: live.get(record.slug) }));
}
