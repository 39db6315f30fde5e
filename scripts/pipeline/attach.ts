/**
 * Figures belong to the case whose text contains them: a figure inside a
 * case's span gets the case's id, and the case lists the figure's id.
 */
import type { Case, Figure } from '../datasets/types.ts';

export function attachFigures(figures: readonly Figure[], cases: readonly Case[]): { figures: Figure[]; cases: Case[] } {
  const owner = (f: Figure) => cases.find((c) => c.documentId === f.documentId && c.start <= f.start && f.end <= c.end);
  const attached = figures.map((f) => ({ ...f, case: owner(f)?.id ?? null }));
  return {
    figures: attached,
    cases: cases.map((c) => ({ ...c, figures: attached.filter((f) => f.case === c.id).map((f) => f.id) })),
  };
}
