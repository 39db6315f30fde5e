import { describe, expect, it } from 'vitest';
import { compareRows, foldCompareRows, largestGap } from '../../src/lib/compare-rows.ts';

const m = (o: Record<string, number>) => new Map(Object.entries(o));

describe('compareRows', () => {
  it('covers the categories of both sides, zero where a side has none', () => {
    expect(compareRows(m({ 营商环境: 9, 党建: 1 }), m({ 营商环境: 1, 教育: 2 }), 'count')).toEqual([
      { label: '营商环境', a: 9, b: 1 },
      { label: '教育', a: 0, b: 2 },
      { label: '党建', a: 1, b: 0 },
    ]);
  });

  it('keeps years in order', () => {
    expect(compareRows(m({ 2024: 1, 2018: 2 }), m({ 2019: 1 }), 'label').map((r) => r.label)).toEqual(['2018', '2019', '2024']);
  });

  it('names the largest difference, none when the sides agree', () => {
    expect(largestGap([{ label: 'x', a: 1, b: 1 }, { label: 'y', a: 0, b: 3 }, { label: 'z', a: 4, b: 2 }])?.label).toBe('y');
    expect(largestGap([{ label: 'x', a: 1, b: 1 }])).toBeUndefined();
  });

  it('folds the rows past the limit into one row that sums both sides', () => {
    const rows = [{ label: 'x', a: 5, b: 1 }, { label: 'y', a: 2, b: 2 }, { label: 'z', a: 1, b: 3 }, { label: 'w', a: 0, b: 1 }];
    expect(foldCompareRows(rows, 2, (n) => `其他 ${n} 项`)).toEqual([{ label: 'x', a: 5, b: 1 }, { label: '其他 3 项', a: 3, b: 6 }]);
    expect(foldCompareRows(rows, 4, String)).toEqual(rows);
  });
});
