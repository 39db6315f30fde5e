/**
 * Why the pipeline set a case candidate aside, as the editors' desk names it:
 * the pipeline writes a code (REJECTION_REASONS, scripts/datasets/schema.ts)
 * and this is the one place that turns a code into Chinese.
 */
import type { RejectionReason } from '../../scripts/datasets/schema.ts';

export const REJECTION_LABELS: Record<RejectionReason, string> = {
  'below-threshold': '线索不足，把握低于采纳线',
  'overlaps-stronger': '与更明确的候选重叠',
  'not-declared': '不在清单（seeds/manifest.json）声明的案例行中',
};

/** The Chinese label of a rejection code. */
export function rejectionLabel(reason: RejectionReason): string {
  return REJECTION_LABELS[reason];
}
