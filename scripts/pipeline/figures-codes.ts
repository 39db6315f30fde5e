/**
 * Numbers that are codes, not quantities: identifiers (XM01100-05-00-2025-001, 索引号 values), telephone and fax
 * numbers by their shape ((010)58933661, 0755-8882 8155, 400-123-4567) or after a contact field's label (邮编：100835,
 * 电话：…), and numbers inside file names (640 (1).png). Shapes and field labels only; no list of numbers.
 */
import { CONTACT_FIELDS, FILE_EXTENSIONS, IDENTIFIER_FIELDS } from './lexicon.ts';

/**
 * A telephone number: an area code (0755, 010) or 400 joined by a dash to the number (0755-8882 8155, 400-123-4567),
 * or an area code in parentheses before seven or eight digits ((010)58933661, （020）83123456).
 */
const PHONE = /^(?:(?:0\d{2,3}|400)-\d{3,8}(?:-\d{3,4})?|[(（]0\d{2,3}[)）]\d{7,8})$/;
/** Characters of a code's value: letters, digits, and the slashes, dashes and parentheses codes and numbers are written with. */
const CODE_CHAR = /[A-Za-z0-9_()（）-]/;

/**
 * Digits glued after two or more lower-case Latin letters (xg111, abc2024): a handle, a model or a link's code, no
 * quantity. Capitals (G20, PM2.5, 5G) are names the other rules read; a single letter (v2) is left to them too.
 */
const HANDLE = /^[a-z]{2,}\d/;

export function isIdentifier(text: string, start: number, end: number): boolean {
  let s = start;
  let e = end;
  while (s > 0 && CODE_CHAR.test(text[s - 1]!)) s--;
  while (e < text.length && CODE_CHAR.test(text[e]!)) e++;
  const run = text.slice(s, e);
  const bare = unwrap(run);
  return (/-/.test(bare) && (/[A-Za-z]/.test(bare) || bare.split('-').length >= 4)) || PHONE.test(bare) || YEAR_SERIAL.test(bare) || HANDLE.test(bare) || inIdentifierField(text, s);
}

const opens = (s: string) => (s.match(/[(（]/g) ?? []).length;
const closes = (s: string) => (s.match(/[)）]/g) ?? []).length;

/** The run without the sentence's own parentheses around it ((2021-2025), …:022-63085469)); those inside (（010）…) belong to the code. */
function unwrap(run: string): string {
  let s = run;
  if (/^[(（].*[)）]$/.test(s) && opens(s) === closes(s)) s = s.slice(1, -1);
  while (/[)）]$/.test(s) && closes(s) > opens(s)) s = s.slice(0, -1);
  while (/^[(（]/.test(s) && opens(s) > closes(s)) s = s.slice(1);
  return s;
}

/** A serial joined to its year with a leading zero (2025-00042, 2024-001): a document number, not 42. */
const YEAR_SERIAL = /^(?:(?:19|20)\d{2}-0\d+|0\d+-(?:19|20)\d{2})$/;
const FIELD_LABEL = new RegExp(`(?:${[...IDENTIFIER_FIELDS, ...CONTACT_FIELDS].join('|')})[:：]?$`);
const VALUE = /^[A-Za-z0-9/_()（）-]*$/;
const VALUE_TAIL = /[A-Za-z0-9/_()（）-]*$/;

/**
 * The value of an identifier or contact field (索引号：…, 邮 编：100835, 联系电话：(010)…, or the label alone on the
 * line before, as page chrome lays it out). Spaces inside the label (邮 编, 传 真) are layout.
 */
function inIdentifierField(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start).replace(/[\s\u3000]/g, '');
  // The label right before the value, after whatever words lead it in (咨询热线：, 联系电话：).
  if (FIELD_LABEL.test(before.replace(VALUE_TAIL, ''))) return true;
  if (before !== '' && !VALUE.test(before.replace(FIELD_LABEL, '').replace(/^.*[:：]/, ''))) return false;
  if (!VALUE.test(before) || lineStart === 0) return false;
  const prevLine = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).replace(/[\s\u3000]/g, '');
  return FIELD_LABEL.test(prevLine);
}

/** A file name: its stem, a copy number a download adds (640 (1).png), and its extension. */
const FILE_NAME = new RegExp(`[^\\s，。；：、“”]+(?: ?[(（]\\d+[)）])?\\.(?:${FILE_EXTENSIONS.join('|')})(?![A-Za-z0-9])`, 'gi');

export function inFileName(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return [...line.matchAll(FILE_NAME)].some((m) => lineStart + m.index <= start && end <= lineStart + m.index + m[0].length);
}
