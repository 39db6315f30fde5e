import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decode } from '../../scripts/pipeline/decode.ts';
import { InputError } from '../../scripts/datasets/errors.ts';
import { buildDocument } from '../../scripts/pipeline/document.ts';
import { SEEDS_DIR, readSeedInput, contentTables } from '../helpers/seeds.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bad-input');
const seed = '002_43a7352f3175c982.txt';
const utf8 = readFileSync(join(SEEDS_DIR, seed));
const corrections = readSeedInput().corrections!.data as never[];

function encodings(text: string): Record<string, Uint8Array> {
  const utf16le = iconv.encode(text, 'utf-16le');
  const utf16be = iconv.encode(text, 'utf-16be');
  return {
    'utf-8 with BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    gbk: iconv.encode(text, 'gbk'),
    gb18030: iconv.encode(text, 'gb18030'),
    'utf-16le with BOM': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]),
    'utf-16be with BOM': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]),
    'utf-16le without BOM': utf16le,
  };
}

describe('decoding', () => {
  const reference = buildDocument(seed, utf8, undefined, corrections, contentTables());

  for (const [name, bytes] of Object.entries(encodings(utf8.toString('utf8')))) {
    it(`a ${name} copy of a seed normalizes to exactly the same text`, () => {
      const doc = buildDocument(seed, bytes, undefined, corrections, contentTables());
      expect(doc.text).toBe(reference.text);
      expect(doc.original).toBe(reference.original);
      expect(doc.sentences).toEqual(reference.sentences);
    });
  }

  it('names the encoding it found', () => {
    expect(decode('a.txt', iconv.encode('广州市黄埔区', 'gbk')).encoding).toBe('gb18030');
    expect(decode('a.txt', Buffer.from('\ufeff广州', 'utf8')).encoding).toBe('utf-8-bom');
    expect(decode('a.txt', Buffer.from('广州', 'utf8')).encoding).toBe('utf-8');
  });

  const bad: [string, RegExp][] = [
    ['empty.txt', /empty \(0 bytes\)/],
    ['blank.txt', /only white space/],
    ['binary.png', /looks binary/],
    ['undecodable.txt', /not valid text in any supported encoding \(tried UTF-8.*GB18030/],
  ];
  for (const [file, message] of bad) {
    it(`rejects ${file} with a clear error that names the file`, () => {
      const bytes = readFileSync(join(FIXTURES, file));
      let error: unknown;
      try {
        decode(file, bytes);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toMatch(new RegExp(`^${file.replace('.', '\\.')}: `));
      expect((error as InputError).message).toMatch(message);
      expect((error as InputError).problem.expected).toBeTruthy();
    });
  }
});

describe('decoding legacy Chinese encodings and UTF-16 without a BOM', () => {
  const ENCODINGS = join(import.meta.dirname, '..', 'fixtures', 'encodings');
  // Real text (provenance in tests/fixtures/encodings/README.md), encoded with iconv-lite.
  const cases: [file: string, iconvName: string, expected: string][] = [
    ['big5-nbs-2020q3.txt', 'big5', 'big5'],
    ['big5hkscs-hb-2024.txt', 'big5hkscs', 'big5'],
    ['big5-nbs-2020q3.txt', 'utf-16le', 'utf-16le'],
    ['big5-nbs-2020q3.txt', 'utf-16be', 'utf-16be'],
    ['big5hkscs-hb-2024.txt', 'utf-16le', 'utf-16le'],
    ['big5-nbs-2020q3.txt', 'gbk', 'gb18030'],
  ];
  for (const [file, iconvName, expected] of cases) {
    it(`${file} written in ${iconvName} is read as ${expected}, character for character`, () => {
      const text = readFileSync(join(ENCODINGS, file), 'utf8');
      const decoded = decode(file, iconv.encode(text, iconvName));
      expect(decoded.encoding).toBe(expected);
      expect(decoded.text).toBe(text);
    });
  }

  it('a Big5 report goes through the pipeline as traditional Chinese with its figures', () => {
    const text = readFileSync(join(ENCODINGS, 'big5-nbs-2020q3.txt'), 'utf8');
    const doc = buildDocument('big5.txt', iconv.encode(text, 'big5'), undefined, [], contentTables());
    expect(doc.script).toBe('traditional');
    expect(doc.text).toContain('国内生产总值722786亿元');
  });
});
