/**
 * "Did you mean …?" for a value that is not one of the valid choices: the
 * closest choice by edit distance, when it is close enough to be a typo
 * (a figure id with one wrong character, 黄浦区 for 黄埔区, domain-mixx).
 * Shared by the pipeline's input checks and the site's story directives.
 */

/** Levenshtein distance (insert, delete, substitute), by code point so a CJK character counts once. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[y.length]!;
}

/**
 * The closest choice, or undefined when none is a plausible typo: at most a
 * third of the value's characters differ (at least one), and the best choice is
 * not tied with another (a tie means we cannot tell which one was meant).
 */
export function closest(value: string, choices: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor([...value].length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const choice of choices) {
    const d = editDistance(value, choice);
    if (d < bestDistance) [best, bestDistance, tied] = [choice, d, false];
    else if (d === bestDistance && choice !== best) tied = true;
  }
  return best !== undefined && bestDistance > 0 && bestDistance <= limit && !tied ? best : undefined;
}

/** ` Did you mean "x"?` or '' — appended to an error's expected text. */
export function didYouMean(value: string, choices: Iterable<string>): string {
  const guess = closest(value, choices);
  return guess === undefined ? '' : ` Did you mean "${guess}"?`;
}

/**
 * The report an id belonged to, when that report is gone: figure and case ids
 * are `<report id>-<hash>` and `<report id>-f-<hash>`, so a stale id still
 * names its report.
 */
export function goneReport(id: string, reportIds: Iterable<string>): string | undefined {
  const report = id.replace(/-(?:f-)?[0-9a-f]{6,}(?:-\d+)?$/, '');
  return report !== id && ![...reportIds].includes(report) ? report : undefined;
}
