/**
 * Bytes in, text out. Reports arrive as UTF-8 (with or without a byte-order
 * mark), UTF-16 (with or without one), GB18030/GBK or Big5 (with the Hong Kong
 * HKSCS extension); anything else is rejected with an InputError that says what
 * was tried. Decoding is strict: a byte sequence that is not valid in the chosen
 * encoding is never silently replaced.
 *
 * Without a BOM, valid UTF-8 wins (multi-byte UTF-8 is almost never valid by
 * accident). Otherwise every legacy encoding that decodes the bytes strictly is
 * a candidate, and the one whose text is made of common Chinese characters wins:
 * the same bytes read in the wrong double-byte encoding give rare characters.
 */
import iconv from 'iconv-lite';
import { InputError } from '../datasets/errors.ts';
import { FREQUENT_HAN } from './lexicon.ts';

import type { Encoding } from '../datasets/schema.ts';

export type { Encoding } from '../datasets/schema.ts';

export interface Decoded {
  /** The decoded text, without control characters. */
  text: string;
  encoding: Encoding;
  /** Control characters removed from the text (NUL, escape, C1 codes, ...), where they were. */
  controls: ControlChar[];
}

export interface ControlChar {
  line: number;
  column: number;
  /** e.g. "U+0000". */
  code: string;
}

/**
 * Control characters a report never means: C0 codes except tab, line feed, carriage return
 * and form feed (a page break in exported text, read as a line break), DEL, and the C1 codes.
 * Published raw, they corrupt HTML, JSON consumers and XML feeds.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/** Remove control characters (form feeds become line breaks) and say where each one was. */
export function stripControls(text: string): { text: string; controls: ControlChar[] } {
  const controls: ControlChar[] = [];
  let line = 1;
  let lineStart = 0;
  let last = 0;
  for (const m of text.matchAll(CONTROL)) {
    for (let i = text.indexOf('\n', last); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    last = m.index;
    controls.push({ line, column: m.index - lineStart + 1, code: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` });
  }
  return { text: controls.length ? text.replace(CONTROL, '').replace(/\f/g, '\n') : text.replace(/\f/g, '\n'), controls };
}

const TRIED = 'UTF-8 (with or without BOM), UTF-16 (LE/BE, with or without BOM), GB18030/GBK, Big5/Big5-HKSCS';

function strict(label: string, bytes: Uint8Array): string | null {
  // Node's Big5 decoder maps HKSCS characters to the private use area; iconv-lite follows the Encoding Standard.
  if (label === 'big5') {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'big5hkscs');
    return text.includes('\ufffd') ? null : text;
  }
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM shows up as a NUL in every other byte of ASCII-heavy text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of units that are control codes no report contains (NUL, bell, ...). */
function controlShare(units: ArrayLike<number>): number {
  let bad = 0;
  for (let i = 0; i < units.length; i++) {
    const c = units[i]!;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) bad++;
  }
  return units.length ? bad / units.length : 0;
}

const FREQUENT = new Set(FREQUENT_HAN);

/** How much a decoded text reads as Chinese: the share of its Han characters that are common ones, minus control codes. */
export function chineseScore(text: string): number {
  const sample = text.slice(0, 65536);
  let han = 0;
  let frequent = 0;
  for (const ch of sample) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    han++;
    if (FREQUENT.has(ch)) frequent++;
  }
  const codes = Array.from(sample, (ch) => ch.charCodeAt(0));
  return (han ? frequent / han : 0) - controlShare(codes) * 10;
}

function binaryError(file: string, share: number): InputError {
  return new InputError({
    file,
    problem: `The file looks binary: ${(share * 100).toFixed(1)}% of it is control codes.`,
    expected: 'a plain-text report; export PDFs and Word files to .txt first.',
  });
}

/** The legacy or BOM-less encoding whose strict decoding reads best as Chinese. */
function bestGuess(bytes: Uint8Array): Omit<Decoded, 'controls'> | null {
  const candidates: Encoding[] = ['gb18030', 'big5'];
  if (bytes.length % 2 === 0) candidates.push('utf-16le', 'utf-16be');
  let best: (Omit<Decoded, 'controls'> & { score: number }) | null = null;
  for (const encoding of candidates) {
    const text = strict(encoding, bytes);
    if (text === null) continue;
    const score = chineseScore(text);
    // UTF-16 decodes almost any even-length bytes: it must read as Chinese to count.
    if (encoding.startsWith('utf-16') && score < 0.2) continue;
    if (!best || score > best.score) best = { text, encoding, score };
  }
  return best && { text: best.text, encoding: best.encoding };
}

export function decode(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) {
    throw new InputError({ file, problem: 'The file is empty (0 bytes).', expected: 'a report as plain text.' });
  }
  let result: Omit<Decoded, 'controls'> | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict('utf-8', bytes.subarray(3));
    if (text !== null) result = { text, encoding: 'utf-8-bom' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = strict('utf-16le', bytes.subarray(2));
    if (text !== null) result = { text, encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = strict('utf-16be', bytes.subarray(2));
    if (text !== null) result = { text, encoding: 'utf-16be' };
  } else {
    const utf16 = sniffUtf16(bytes);
    const head = bytes.subarray(0, 65536);
    if (utf16) {
      const text = strict(utf16, bytes);
      if (text !== null) result = { text, encoding: utf16 };
    } else {
      const text = controlShare(head) > 0.01 ? null : strict('utf-8', bytes);
      result = text !== null ? { text, encoding: 'utf-8' } : bestGuess(bytes);
      // Single-byte control codes never occur in text: a binary file, not a bad encoding.
      if ((!result || result.encoding === 'gb18030' || result.encoding === 'big5') && controlShare(head) > 0.01) throw binaryError(file, controlShare(head));
    }
  }
  if (!result) {
    throw new InputError({
      file,
      problem: `The bytes are not valid text in any supported encoding (tried ${TRIED}).`,
      expected: 'save the report as UTF-8 (e.g. `iconv -f <encoding> -t UTF-8`) and run again.',
    });
  }
  const codes = Array.from(result.text.slice(0, 65536), (ch) => ch.charCodeAt(0));
  if (controlShare(codes) > 0.01) throw binaryError(file, controlShare(codes));
  const { text, controls } = stripControls(result.text);
  if (text.trim() === '') {
    throw new InputError({ file, problem: 'The file contains only white space.', expected: 'a report as plain text.' });
  }
  return { text, encoding: result.encoding, controls };
}
