import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decode } from '../../scripts/pipeline/decode.ts';
import { InputError } from '../../scripts/pipeline/errors.ts';
import { buildDocument } from '../../scripts/pipeline/document.ts';
import { SEEDS_DIR, readSeedInput } from '../helpers/seeds.ts';

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
  const reference = buildDocument(seed, utf8, undefined, corrections);

  for (const [name, bytes] of Object.entries(encodings(utf8.toString('utf8')))) {
    it(`a ${name} copy of a seed normalizes to exactly the same text`, () => {
      const doc = buildDocument(seed, bytes, undefined, corrections);
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
