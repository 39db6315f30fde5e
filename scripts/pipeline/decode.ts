/**
 * Bytes in, text out. Reports arrive as UTF-8 (with or without a byte-order
 * mark), UTF-16 or GB18030/GBK; anything else is rejected with an InputError
 * that says what was tried. Decoding is strict: a byte sequence that is not
 * valid in the chosen encoding is never silently replaced.
 */
import { InputError } from './errors.ts';

import type { Encoding } from '../datasets/schema.ts';

export type { Encoding } from '../datasets/schema.ts';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const TRIED = 'UTF-8 (with or without BOM), UTF-16 (LE/BE, with BOM or detectable), GB18030/GBK';

function strict(label: string, bytes: Uint8Array): string | null {
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

function binaryError(file: string, share: number): InputError {
  return new InputError({
    file,
    problem: `The file looks binary: ${(share * 100).toFixed(1)}% of it is control codes.`,
    expected: 'a plain-text report; export PDFs and Word files to .txt first.',
  });
}

export function decode(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) {
    throw new InputError({ file, problem: 'The file is empty (0 bytes).', expected: 'a report as plain text.' });
  }
  let result: Decoded | null = null;
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
    // Single-byte control codes never occur in UTF-8 or GB18030 text: a binary file, not a bad encoding.
    if (!utf16 && controlShare(bytes.subarray(0, 65536)) > 0.01) throw binaryError(file, controlShare(bytes.subarray(0, 65536)));
    const candidates: Encoding[] = utf16 ? [utf16] : ['utf-8', 'gb18030'];
    for (const encoding of candidates) {
      const text = strict(encoding, bytes);
      if (text !== null) {
        result = { text, encoding };
        break;
      }
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
  if (result.text.trim() === '') {
    throw new InputError({ file, problem: 'The file contains only white space.', expected: 'a report as plain text.' });
  }
  return result;
}
