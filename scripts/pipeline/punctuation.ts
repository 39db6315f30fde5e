/**
 * Consistent punctuation and spacing. Reports mix half-width commas and colons
 * into Chinese text and indent with ideographic spaces; the normalized text
 * uses full-width Chinese punctuation in Chinese context, half-width digits and
 * Latin letters, one space where the source separated words, and one newline
 * between paragraphs. Numeric punctuation (`25,608`, `1:1.5`) is left alone.
 */
import { type MappedText, replaceAll } from './offsets.ts';
import { HAN, isCjk } from './han.ts';

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };

function prevVisible(text: string, i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) if (text[j] !== ' ') return text[j];
  return undefined;
}

function nextVisible(text: string, i: number): string | undefined {
  for (let j = i + 1; j < text.length; j++) if (text[j] !== ' ') return text[j];
  return undefined;
}

export function normalizePunctuation(t: MappedText): MappedText {
  // Full-width digits, Latin letters and the percent sign become ASCII.
  let out = replaceAll(t, /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05]/g, (m) =>
    String.fromCharCode(m[0].charCodeAt(0) - 0xfee0),
  );
  out = replaceAll(out, /(?<!\?)[,:;!?](?!\?)/g, (m) => {
    const text = m.input;
    const before = text[m.index - 1] ?? '';
    const after = text[m.index + 1] ?? '';
    if (/\d/.test(before) && /\d/.test(after)) return null; // 25,608 and 1:1.5
    if (!isCjk(prevVisible(text, m.index)) && !isCjk(nextVisible(text, m.index))) return null;
    return FULL_WIDTH[m[0]]!;
  });
  // Parentheses around Chinese text become full-width.
  out = replaceAll(out, new RegExp(`\\(([^()\\n]*[${HAN}][^()\\n]*)\\)`, 'g'), (m) => `（${m[1]}）`);
  return out;
}

/** Line ends, indentation and blank lines: one paragraph per line, no empty lines. */
export function normalizeSpacing(t: MappedText): MappedText {
  let out = replaceAll(t, /\r\n?/g, () => '\n');
  out = replaceAll(out, /[\t\u00a0\u3000\u2002-\u200b\ufeff ]+/g, () => ' ');
  out = replaceAll(out, /^ +| +$/gm, () => '');
  out = replaceAll(out, /\n{2,}/g, () => '\n');
  return replaceAll(out, /^\n+|\n+$/g, () => '');
}
