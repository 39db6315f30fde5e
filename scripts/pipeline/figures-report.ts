/**
 * What the figure stage hands to the integrator besides the figures: the
 * coverage of number tokens per document (with every unclassified token
 * listed, so an editor can see them) and the CSV layout of figures.csv.
 */
import type { Figure } from '../datasets/schema.ts';
import type { DocumentRecord } from './document.ts';
import type { NumberToken } from './figures.ts';

export interface UnclassifiedToken {
  raw: string;
  start: number;
  end: number;
  /** Up to 15 characters either side, for a reader to judge. */
  context: string;
}

export interface FigureCoverage {
  document: string;
  documentId: string;
  /** Number tokens found in the normalized text. */
  tokens: number;
  figures: number;
  dates: number;
  markers: number;
  names: number;
  /** Tokens of figures an editor rejected (content/reviews). */
  rejected: number;
  unclassified: number;
  /** unclassified / tokens (0 when there are no tokens). */
  unclassifiedShare: number;
  unclassifiedTokens: UnclassifiedToken[];
}

export interface CoverageReport {
  documents: FigureCoverage[];
  total: Omit<FigureCoverage, 'document' | 'documentId' | 'unclassifiedTokens'>;
  /** The target share of unclassified tokens over a corpus. */
  target: number;
  meetsTarget: boolean;
}

export function coverageOf(doc: Pick<DocumentRecord, 'file' | 'id' | 'text'>, tokens: readonly NumberToken[]): FigureCoverage {
  const count = (c: NumberToken['class']) => tokens.filter((t) => t.class === c).length;
  const unclassified = tokens.filter((t) => t.class === 'unclassified');
  return {
    document: doc.file,
    documentId: doc.id,
    tokens: tokens.length,
    figures: count('figure'),
    dates: count('date'),
    markers: count('marker'),
    names: count('name'),
    rejected: count('rejected'),
    unclassified: unclassified.length,
    unclassifiedShare: tokens.length ? unclassified.length / tokens.length : 0,
    unclassifiedTokens: unclassified.map((t) => ({
      raw: t.raw,
      start: t.start,
      end: t.end,
      context: doc.text.slice(Math.max(0, t.start - 15), t.end + 15).replace(/\n/g, ' '),
    })),
  };
}

/** The corpus-wide report: per document and in total, against the 2% target. */
export function coverageReport(documents: readonly FigureCoverage[], target = 0.02): CoverageReport {
  const sum = (k: 'tokens' | 'figures' | 'dates' | 'markers' | 'names' | 'rejected' | 'unclassified') => documents.reduce((n, d) => n + d[k], 0);
  const tokens = sum('tokens');
  const unclassified = sum('unclassified');
  const share = tokens ? unclassified / tokens : 0;
  return {
    documents: [...documents],
    total: { tokens, figures: sum('figures'), dates: sum('dates'), markers: sum('markers'), names: sum('names'), rejected: sum('rejected'), unclassified, unclassifiedShare: share },
    target,
    meetsTarget: share < target,
  };
}

/** The report as lines for the CLI log. */
export function formatCoverage(report: CoverageReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const line = (name: string, c: CoverageReport['total']) =>
    `${name}: ${c.tokens} number tokens: ${c.figures} figures, ${c.dates} dates, ${c.markers} markers, ${c.names} name parts, ${c.rejected ? `${c.rejected} rejected by editors, ` : ''}${c.unclassified} unclassified (${pct(c.unclassifiedShare)})`;
  const lines = report.documents.flatMap((d) => [
    line(`${d.document} (${d.documentId})`, d),
    ...d.unclassifiedTokens.map((t) => `  unclassified "${t.raw}" at ${t.start}: …${t.context}…`),
  ]);
  lines.push(line('all documents', report.total));
  lines.push(`unclassified target: under ${pct(report.target)}: ${report.meetsTarget ? 'met' : 'NOT met'}`);
  return lines.join('\n');
}

/** Columns of figures.csv, in order. Public: add columns at the end, never rename. */
export const figuresCsvColumns = [
  'id', 'document', 'documentId', 'value', 'unit', 'kind', 'qualifier', 'low', 'high', 'before', 'derived', 'formula',
  'subject', 'time', 'raw', 'quote', 'start', 'end', 'sentenceStart', 'sentenceEnd', 'originalStart', 'originalEnd', 'case', 'terms',
] as const satisfies readonly (keyof Figure)[];

/** Figures as flat rows for the CSV writer (terms joined as 1:1.5; nulls stay null). */
export function figureCsvRows(figures: readonly Figure[]): Record<string, unknown>[] {
  return figures.map((f) => ({ ...f, terms: f.terms ? f.terms.join(':') : null }));
}
