/**
 * Figures belong to the case whose text contains them: a figure inside a
 * case's span gets the case's id, and the case lists the figure's id.
 * Linear in figures and cases (cases are looked up per document by span),
 * so a very large report stays cheap.
 */
import type { Case, Figure } from '../datasets/schema.ts';

type Spanned = Pick<Case, 'id' | 'documentId' | 'start' | 'end' | 'figures'>;

export function attachFigures<C extends Spanned>(figures: readonly Figure[], cases: readonly C[]): { figures: Figure[]; cases: C[] } {
  const byDocument = new Map<string, C[]>();
  for (const c of cases) {
    const list = byDocument.get(c.documentId);
    if (list) list.push(c);
    else byDocument.set(c.documentId, [c]);
  }
  for (const list of byDocument.values()) list.sort((a, b) => a.start - b.start);

  const owner = (f: Figure): C | undefined => {
    const list = byDocument.get(f.documentId);
    if (!list) return undefined;
    // Last case starting at or before the figure; spans do not overlap.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start <= f.start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const c = found >= 0 ? list[found]! : undefined;
    return c && f.end <= c.end ? c : undefined;
  };

  const attached = figures.map((f) => ({ ...f, case: owner(f)?.id ?? null }));
  const idsByCase = new Map<string, string[]>();
  for (const f of attached) {
    if (!f.case) continue;
    const ids = idsByCase.get(f.case);
    if (ids) ids.push(f.id);
    else idsByCase.set(f.case, [f.id]);
  }
  return { figures: attached, cases: cases.map((c) => ({ ...c, figures: idsByCase.get(c.id) ?? [] })) };
}
