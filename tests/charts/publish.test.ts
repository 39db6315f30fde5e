/**
 * Embed URLs stay one per chart when two param values read the same in pinyin:
 * 件 and 间 are both "jian" (a corpus with rooms counted in 间 stopped the
 * build: two measure-bars charts claimed /embed/measure-bars-jian/).
 */
import { describe, expect, it } from 'vitest';
import { embedKey, publishedCharts } from '../../src/charts/publish.ts';
import { buildChart } from '../../src/charts/registry.ts';
import { realData } from './helpers.ts';

describe('embed keys', () => {
  const data = realData();
  const pieces = data.figures.filter((f) => f.unit === '件' && !f.derived);
  const rooms = pieces.slice(0, 3).map((f, i) => ({ ...f, id: `${f.id}-room${i}`, unit: '间', raw: f.raw.replace('件', '间') }));
  const withRooms = { ...data, figures: [...data.figures, ...rooms] };

  it('tells homophone values apart, and every page computes the same key', () => {
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    const keys = publishedCharts(withRooms).map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    const piece = embedKey(buildChart('measure-bars', { measure: '件' }, withRooms), withRooms);
    const room = embedKey(buildChart('measure-bars', { measure: '间' }, withRooms), withRooms);
    expect(piece).not.toBe(room);
    expect(keys).toContain(piece);
    expect(keys).toContain(room);
  });

  it('keeps the readable key when no other value reads the same', () => {
    expect(embedKey(buildChart('measure-bars', { measure: '件' }, data), data)).toBe('measure-bars-jian');
  });
});
