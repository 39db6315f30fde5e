/**
 * Which spans contain a position, answered in logarithmic time: the stages ask
 * this for every number token (is it inside a quote, a heading, a title?), and
 * a linear scan per token made large reports quadratic.
 */
import type { Span } from './segment.ts';

export class SpanIndex<T extends Span> {
  private readonly spans: T[];
  /** Longest span, bounding how far back a containing span can start. */
  private readonly longest: number;

  constructor(spans: readonly T[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    this.longest = this.spans.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  }

  /** Every span with start <= start and end <= span.end, nearest start first. */
  containing(start: number, end = start + 1): T[] {
    const out: T[] = [];
    let lo = 0;
    let hi = this.spans.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start <= start) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = last; i >= 0 && this.spans[i]!.start >= start - this.longest; i--) {
      const s = this.spans[i]!;
      if (end <= s.end) out.push(s);
    }
    return out;
  }

  /** The shortest span containing [start, end), if any. */
  innermost(start: number, end = start + 1): T | undefined {
    let best: T | undefined;
    for (const s of this.containing(start, end)) if (!best || s.end - s.start < best.end - best.start) best = s;
    return best;
  }

  has(start: number, end = start + 1): boolean {
    return this.containing(start, end).length > 0;
  }
}
