/**
 * Text measure and line breaking for the share images' SVG text (share-layout.ts):
 * no line starts with closing punctuation or ends with an opening one.
 */
import { LATIN, breakPieces } from './word-breaks.ts';

/** Width of text in ems: CJK and full-width forms 1, Latin letters and digits about 0.56. */
export function ems(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? 1 : /\s/.test(ch) ? 0.28 : 0.56;
  return w;
}

const NO_LINE_START = /[，。、；：！？）》」』”’,.;:!?)\]%％]/;
const NO_LINE_END = /[（《「『“‘(\[]/;

/**
 * Break text into lines of at most `maxEms` ems, at most `maxLines` lines
 * (the last one ends with an ellipsis when text is left over). Lines break
 * between words (breakPieces, lib/word-breaks.ts), never before closing punctuation or after
 * opening punctuation, never between a number and its unit.
 */
export function wrapLines(text: string, maxEms: number, maxLines: number): string[] {
  const greedy = breakLines(text, maxEms);
  if (greedy.length <= 1) return greedy;
  if (greedy.length <= maxLines) {
    // As many lines as the greedy break needs, as even as they go, preferring breaks at
    // punctuation (after 、，： or before an opening bracket; not before a quote, whose
    // full-width mark would look like an indent) over breaks inside a phrase.
    const n = greedy.length;
    let best = greedy;
    let bestScore = -Infinity;
    for (let width = ems(text) / n; width <= maxEms; width += 0.25) {
      const lines = breakLines(text, width);
      if (lines.length !== n) continue;
      const atPunctuation = lines.slice(0, -1).filter((line, i) => /[，。、；：！？）》”]$/.test(line) || /^（/.test(lines[i + 1]!)).length;
      const widest = Math.max(...lines.map(ems));
      // One well-placed break is worth about two ems of evenness.
      const score = atPunctuation * 2 - (widest - ems(text) / n);
      if (score > bestScore + 1e-9) {
        best = lines;
        bestScore = score;
      }
    }
    return best;
  }
  // Too long: cut the last line by whole tokens (a number is never cut in half) and mark the cut.
  const kept = greedy.slice(0, maxLines);
  const tokens = [...breakPieces(kept[maxLines - 1]!)];
  while (tokens.length && ems(`${tokens.join('')}…`) > maxEms) tokens.pop();
  kept[maxLines - 1] = `${tokens.join('').replace(/[，。、；：（《“,.;:(\s]+$/, '')}…`;
  return kept;
}

/** Greedy line breaking (wrapLines' rules, no line limit). */
function breakLines(text: string, maxEms: number): string[] {
  // A word wider than the line (a long name) breaks between its characters, a number still with its unit's first.
  const tokens = breakPieces(text.trim()).flatMap((t) => (ems(t) > maxEms && !LATIN.test(t) ? t.match(/[A-Za-z0-9.,%+\-·\/]+[^\s\p{P}]?|./gu)! : [t]));
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line === '' && /^\s+$/.test(token)) continue;
    if (line && ems(line + token) > maxEms && !NO_LINE_START.test(token)) {
      // Keep opening punctuation with what follows it.
      let carry = '';
      while (line && NO_LINE_END.test(line.slice(-1))) {
        carry = line.slice(-1) + carry;
        line = line.slice(0, -1);
      }
      if (!line) {
        line = carry;
        carry = '';
      } else {
        lines.push(line.trimEnd());
        line = carry;
      }
      line += /^\s+$/.test(token) && !line ? '' : token;
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
