/**
 * The cases the pipeline extracts from lines written as an unseen report: no manifest entry, so no district,
 * kind, year or period (a city only when a test gives one). The pipeline's case tests on made-up sentences
 * all start here.
 */
import { type ExtractedCase, extractCases } from '../../scripts/pipeline/cases.ts';
import { report } from './report.ts';
import { contentTables } from './seeds.ts';

let tables: ReturnType<typeof contentTables> | undefined;

export function casesOfUnseen(lines: string[], city: string | null = null): ExtractedCase[] {
  tables ??= contentTables();
  return extractCases(report(lines.join('\n'), { region: { city, district: null }, kind: 'unknown', year: null, period: { start: '', end: '', label: '' } }), { tables });
}
