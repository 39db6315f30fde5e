import { describe, expect, it } from 'vitest';
import { formatCompact, formatFigure, formatNumber, parseDisplayed } from '../../src/lib/format.ts';

const figure = { unit: null, qualifier: 'exact' as const, low: null, high: null, before: null };

describe('formatNumber', () => {
  it.each<[number, string | undefined, string]>([
    [15000, undefined, '1.5万'],
    [22650000000, '元', '226.5亿元'],
    [1100000, undefined, '110万'],
    [25608, '户', '25,608户'],
    [155032, '件', '155,032件'],
    [4240, '宗', '4240宗'],
    [8.86, '天', '8.86天'],
    [61.75, '%', '61.75%'],
    [0, undefined, '0'],
    [-3.5, undefined, '-3.5'],
    [978000, undefined, '97.8万'],
    [70730000, '份', '7073万份'],
    [1e12, undefined, '10,000亿'],
    [123456789, undefined, '123,456,789'],
  ])('%d %s -> %s', (value, unit, shown) => {
    expect(formatNumber(value, { unit })).toBe(shown);
  });

  it('never shows a rounded value as exact: 25608 stays 25,608, not 2.56万', () => {
    expect(formatNumber(25608)).not.toContain('万');
    expect(formatCompact(25608)).toBe('2.56万');
  });
});

describe('formatFigure', () => {
  it('writes qualifier, number and unit', () => {
    expect(formatFigure({ ...figure, value: 1100000, qualifier: 'over' })).toBe('超110万');
    expect(formatFigure({ ...figure, value: 90000, unit: '个', qualifier: 'approx' })).toBe('约9万个');
    expect(formatFigure({ ...figure, value: 1000, unit: '亩', qualifier: 'at_least' })).toBe('不少于1000亩');
    expect(formatFigure({ ...figure, value: 20, unit: '分钟', qualifier: 'under' })).toBe('不超过20分钟');
  });

  it('writes ranges and before/after changes', () => {
    expect(formatFigure({ ...figure, value: 50, unit: '个工作日', low: 22, high: 50 })).toBe('22-50个工作日');
    expect(formatFigure({ ...figure, value: 13, unit: '个工作日', before: 110 })).toBe('110 → 13个工作日');
  });

  it('writes a ratio as its terms (三次产业结构比 4.0∶37.7∶58.3, 1∶1.5), not as one number', () => {
    expect(formatFigure({ ...figure, value: 0.04, terms: [4, 37.7, 58.3] })).toBe('4∶37.7∶58.3');
    expect(formatFigure({ ...figure, value: 1, terms: [1, 1.5] })).toBe('1∶1.5');
  });
});

describe('parseDisplayed', () => {
  it.each<[string, number]>([['1.5万', 15000], ['226.5亿元', 22650000000], ['超110万', 1100000], ['25,608户', 25608], ['约9万个', 90000], ['-3.5', -3.5]])(
    '%s -> %d',
    (shown, value) => expect(parseDisplayed(shown)).toBe(value),
  );
  it('returns null for text without a number', () => expect(parseDisplayed('无')).toBeNull());
});
