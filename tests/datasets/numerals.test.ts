import { describe, expect, it } from 'vitest';
import { parseArabic, parseChineseNumeral, parseNumber, readNumber } from '../../scripts/datasets/numerals.ts';

describe('Chinese numerals', () => {
  // Standard readings, including the vectors numeral converters are commonly tested on.
  const vectors: [string, number][] = [
    ['零', 0], ['〇', 0], ['一', 1], ['两', 2], ['十', 10], ['十一', 11], ['二十', 20], ['九十九', 99],
    ['一百', 100], ['一百零五', 105], ['一百二十', 120], ['一百一十一', 111], ['两千零三', 2003], ['一千零一', 1001],
    ['一千二', 1200], ['三万五', 35000], ['万五', 15000], ['一万', 10000], ['一万零一', 10001], ['十万', 100000],
    ['一百万', 1e6], ['一千万', 1e7], ['一亿', 1e8], ['一亿二千万', 1.2e8], ['三亿五千万零一', 350000001],
    ['一万亿', 1e12], ['十亿', 1e9], ['二〇一九', 2019], ['一九九八', 1998], ['三点五', 3.5], ['零点五', 0.5],
    ['百', 100], ['百万', 1e6], ['千万', 1e7], ['壹仟贰佰叁拾肆', 1234], ['负五', -5], ['十九', 19], ['十八', 18],
    ['一点五亿', 1.5e8], ['四千零五十万', 40500000], ['五十万零三百', 500300],
  ];
  it.each(vectors)('%s = %d', (raw, value) => {
    expect(parseChineseNumeral(raw)).toBe(value);
  });

  it.each(['百千万', '三四百', '亿万', '', 'abc', '十百', '万万'])('rejects %j', (raw) => {
    expect(parseChineseNumeral(raw)).toBeNull();
  });
});

describe('Arabic numbers with separators and scale words', () => {
  const vectors: [string, number, boolean][] = [
    ['1.5万', 15000, false], ['226.5亿', 22650000000, false], ['7073万余', 70730000, true], ['25,608', 25608, false],
    ['3300多', 3300, true], ['97.8万余', 978000, true], ['110万', 1100000, false], ['270多亿', 27000000000, true],
    ['3千万', 30000000, false], ['１２３', 123, false], ['900余万', 9000000, true], ['78.60万', 786000, false],
    ['1,234,567.89', 1234567.89, false], ['6.7万', 67000, false], ['0.5', 0.5, false],
  ];
  it.each(vectors)('%s = %d', (raw, value, more) => {
    const r = readNumber(raw);
    expect(r?.value).toBe(value);
    expect(r?.more).toBe(more);
  });

  it('scales exactly through the decimal string (no 978000.0000000001)', () => {
    expect(parseNumber('97.8万')).toBe(978000);
    expect(parseNumber('0.07亿')).toBe(7000000);
  });

  it('reads plain digits with thousands separators only in groups of three', () => {
    expect(parseArabic('25,608')).toBe(25608);
    expect(parseArabic('2,56')).toBeNull();
    expect(parseArabic('12.5')).toBe(12.5);
  });

  it('marks scale words and Chinese numerals', () => {
    expect(readNumber('百万')).toMatchObject({ value: 1e6, scaled: true, chinese: true });
    expect(readNumber('4240')).toMatchObject({ value: 4240, scaled: false, chinese: false });
  });
});
