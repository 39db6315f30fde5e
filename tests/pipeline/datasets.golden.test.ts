/**
 * Golden datasets: the seeds' figures, cases and districts, reduced to the
 * fields extraction decides and written as TSV, one record a line. Any change
 * to extraction shows up here as a reviewed diff (`-u` to accept an intended
 * change, then read the diff in the commit). Offsets, quotes and ids of
 * sentences are left out so that a wording fix elsewhere does not drown the
 * diff.
 */
import { describe, expect, it } from 'vitest';
import { seedResult } from '../helpers/seeds.ts';

/** One TSV cell: null as empty, arrays joined with `|`, objects as sorted `key=value` lists. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cell).join('|');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}=${cell(v)}`)
      .join(';');
  }
  return String(value).replace(/[\t\n\r]/g, ' ');
}

function tsv<T>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const lines = rows.map((row) => columns.map((c) => cell(row[c])).join('\t'));
  return `${[columns.join('\t'), ...lines].join('\n')}\n`;
}

describe('datasets over the seeds (golden)', () => {
  const result = seedResult();

  it('figures', async () => {
    const columns = ['id', 'raw', 'value', 'unit', 'kind', 'qualifier', 'subject', 'time'] as const;
    await expect(tsv(result.figures, columns)).toMatchFileSnapshot('__snapshots__/figures.tsv');
  });

  it('cases', async () => {
    const columns = ['id', 'owner', 'title', 'district', 'year', 'list', 'domain', 'shape'] as const;
    await expect(tsv(result.cases, columns)).toMatchFileSnapshot('__snapshots__/cases.tsv');
  });

  it('districts', async () => {
    const columns = ['code', 'name', 'slug', 'city', 'total', 'byYear', 'byList', 'byDomain'] as const;
    await expect(tsv(result.districts, columns)).toMatchFileSnapshot('__snapshots__/districts.tsv');
  });
});
