/** The real datasets for chart tests: the seed corpus through the pipeline (no invented records). */
import { seedResult } from '../helpers/seeds.ts';
import type { Case, ChartData } from '../../src/charts/types.ts';
import { locator } from '../../src/charts/common.ts';

export function realData(): ChartData {
  const { documents, cases, figures, districts } = seedResult();
  return { documents, cases, figures, districts, locate: locator(cases, (id) => documents.find((d) => d.id === id)) };
}

/**
 * Normalize an SVG for golden comparison: numbers rounded to whole units
 * (so float noise across platforms does not matter) and ids renumbered.
 */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `id${ids.size + 1}`);
  let out = svg.replace(/-?\d*\.\d+/g, (n) => String(Math.round(Number(n))));
  for (const [from, to] of ids) out = out.split(`"${from}"`).join(`"${to}"`).split(`#${from}"`).join(`#${to}"`).split(` ${from}"`).join(` ${to}"`);
  return out.replace(/></g, '>\n<');
}

/**
 * The real seed datasets copied k times, for tests that pages and charts stay bounded as the
 * corpus grows: copy i moves every report, case and figure i years later and renames each
 * list with the copy's number, so years, lists, cases and figures all grow, as a corpus
 * gathered over more years would; every odd copy also moves its cases to a city of its own
 * (复本1市, 复本3市 ...), so districts and cities grow as a corpus gathered across China does.
 */
export function grown(data: ChartData, k: number): ChartData {
  const copies = [...Array(k).keys()];
  const tag = (id: string, i: number) => (i === 0 ? id : `${id}~${i}`);
  const later = (year: number | null, i: number) => (year === null ? null : year + i);
  const untag = (id: string) => id.replace(/~\d+$/, '');
  const located = data.locate;
  return {
    // Each copy's cases and figures sit where their originals do.
    ...(located ? { locate: { caseStart: (c: Case) => located.caseStart({ ...c, id: untag(c.id), documentId: untag(c.documentId) }), sentence: (id: string, offset: number) => located.sentence(untag(id), offset) } } : {}),
    districts: data.districts,
    documents: copies.flatMap((i) => data.documents.map((d) => ({ ...d, id: tag(d.id, i), year: later(d.year, i), list: d.list && i ? `${d.list}（第${i + 1}批）` : d.list }))),
    cases: copies.flatMap((i) => data.cases.map((c) => ({ ...c, city: i % 2 ? `复本${i}市` : c.city, id: tag(c.id, i), documentId: tag(c.documentId, i), year: later(c.year, i), list: c.list && i ? `${c.list}（第${i + 1}批）` : c.list, figures: c.figures.map((f) => tag(f, i)) }))),
    figures: copies.flatMap((i) => data.figures.map((f) => ({ ...f, id: tag(f.id, i), documentId: tag(f.documentId, i), case: f.case === null ? null : tag(f.case, i) }))),
  };
}
