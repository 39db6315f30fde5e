/**
 * The budgets of issue 16, checked at every bench size (a budget that holds
 * at 1x says nothing about 200x). Pure: run.ts measures, this decides.
 */
import type { Budget } from './measure.ts';

export const KB = 1024;
export const LIMITS = {
  /** Every HTML page, uncompressed. */
  page: 300 * KB,
  /** A story's first load in the browser, transferred (gzip), everything included. */
  storyLoad: 150 * KB,
  /** A story's JavaScript: script files transferred plus inline scripts (uncompressed). */
  storyScript: 8 * KB,
  /** An embed page: HTML + CSS + JS, uncompressed. */
  embed: 30 * KB,
  /** Peak RSS of the whole build's process tree. */
  peakRss: 2 * 1024 * 1024 * KB,
  /** Our build time over the framework floor's, for the same number of pages. */
  floorRatio: 3,
  /** A rebuild after editing one story over the full build. */
  rebuildRatio: 0.5,
  /** ms per page at a larger size over ms per page at the reference size. */
  msPerPageGrowth: 1.15,
  /** Lighthouse scores of every story, every category. */
  lighthouse: 100,
} as const;

/** The size other sizes' ms per page are compared with (the 1x build is dominated by fixed costs). */
export const REFERENCE_FACTOR = 10;

export interface SizeFigures {
  factor: number;
  /** Why the site was not built at this size (only the pipeline ran), or null. */
  stopped: string | null;
  pages: number;
  buildMs: number;
  peakRss: number;
  largestPage: { path: string; bytes: number } | null;
  storyLoads: { path: string; transferred: number; script: number }[];
  embeds: { path: string; total: number }[];
  floorMs: number | null;
  rebuildMs: number | null;
  lighthouse: Record<string, Record<string, number>>;
}

export const msPerPage = (s: Pick<SizeFigures, 'buildMs' | 'pages'>) => s.buildMs / s.pages;

const worst = <T>(items: T[], value: (t: T) => number): T | undefined => items.reduce<T | undefined>((w, t) => (w === undefined || value(t) > value(w) ? t : w), undefined);

/** Every budget of one size; `reference` is the REFERENCE_FACTOR size of the same run, when it ran. */
export function sizeBudgets(s: SizeFigures, reference?: SizeFigures): Budget[] {
  const at = `${s.factor}x`;
  const memory: Budget = { name: `${at} peak RSS of the build`, value: s.peakRss, limit: LIMITS.peakRss, kind: 'max', unit: 'B' };
  // A size that could not be built fails as a whole (its other budgets cannot be measured).
  if (s.stopped || !s.largestPage) return [{ name: `${at} site built (${s.stopped ?? 'no pages'})`, value: 0, limit: 1, kind: 'min', unit: 'count' }, memory];
  const out: Budget[] = [{ name: `${at} largest HTML page (${s.largestPage.path})`, value: s.largestPage.bytes, limit: LIMITS.page, kind: 'max', unit: 'B' }];
  const story = worst(s.storyLoads, (l) => l.transferred);
  if (story) out.push({ name: `${at} story first load, transferred (${story.path})`, value: story.transferred, limit: LIMITS.storyLoad, kind: 'max', unit: 'B' });
  const script = worst(s.storyLoads, (l) => l.script);
  if (script) out.push({ name: `${at} story JavaScript (${script.path})`, value: script.script, limit: LIMITS.storyScript, kind: 'max', unit: 'B' });
  const embed = worst(s.embeds, (e) => e.total);
  if (embed) out.push({ name: `${at} embed page (${embed.path})`, value: embed.total, limit: LIMITS.embed, kind: 'max', unit: 'B' });
  out.push(memory);
  if (s.floorMs) out.push({ name: `${at} build time / framework floor`, value: s.buildMs / s.floorMs, limit: LIMITS.floorRatio, kind: 'max', unit: 'ratio' });
  if (s.rebuildMs !== null) out.push({ name: `${at} rebuild after one story edit / full build`, value: s.rebuildMs / s.buildMs, limit: LIMITS.rebuildRatio, kind: 'max', unit: 'ratio' });
  if (s.factor > REFERENCE_FACTOR) {
    // Only a reference built in the same run counts: times measured in another run on this shared machine vary by ±20%.
    if (reference && !reference.stopped) out.push({ name: `${at} ms per page / ${reference.factor}x`, value: msPerPage(s) / msPerPage(reference), limit: LIMITS.msPerPageGrowth, kind: 'max', unit: 'ratio' });
    else out.push({ name: `${at} ms per page / ${REFERENCE_FACTOR}x (not measured: no ${REFERENCE_FACTOR}x build in this run)`, value: 0, limit: 1, kind: 'min', unit: 'count' });
  }
  for (const [story, scores] of Object.entries(s.lighthouse)) {
    for (const [category, score] of Object.entries(scores)) out.push({ name: `${at} Lighthouse ${category} (${story})`, value: score, limit: LIMITS.lighthouse, kind: 'min', unit: 'score' });
  }
  return out;
}

/** The sizes a run builds: the ones asked for, plus the reference size when a larger one needs it for its ms per page. */
export function runSizes(asked: readonly number[]): number[] {
  const sizes = [...new Set(asked)].sort((a, b) => a - b);
  return sizes.some((f) => f > REFERENCE_FACTOR) && !sizes.includes(REFERENCE_FACTOR) ? [REFERENCE_FACTOR, ...sizes].sort((a, b) => a - b) : sizes;
}

/** The budgets of a whole run: every size, each against the run's reference size. */
export function runBudgets(sizes: SizeFigures[]): Budget[] {
  const reference = sizes.find((s) => s.factor === REFERENCE_FACTOR);
  return sizes.flatMap((s) => sizeBudgets(s, reference));
}
