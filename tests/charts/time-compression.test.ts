/**
 * The time-compression drawing keeps every row inside its frame: on a phone each row is a block (the
 * name's lines, then the dumbbell with its value), and the last row's value sat on the x axis's tick
 * labels ("20分钟以内" on 10分钟 / 1小时, story speed-of-approvals, step 1) while the first row's name rose
 * into the legend. Measured with Plot's own scales, for the full drawing and for every focus a step can set.
 */
import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { timeCompression, timeCompressionRows } from '../../src/charts/time-compression.ts';
import { FONT_SIZE, NARROW, WIDE, baseOptions } from '../../src/charts/theme.ts';
import type { Row, Variant } from '../../src/charts/types.ts';
import { realData } from './helpers.ts';

const data = realData();
/** Room kept between a row's value and the axis line, below which the tick labels hang. */
const GAP = 4;

interface Drawn {
  top: number;
  bottom: number;
  /** Vertical centre of each drawn value (the dot and its label), by figure. */
  values: number[];
  /** Top of each name's first line on a phone (names above their dumbbell). */
  names: number[];
}

function drawn(options: Plot.PlotOptions, variant: Variant): Drawn {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...baseOptions(variant), ...options, document: document as unknown as Document }) as unknown as { scale: (name: 'y') => { apply: (v: unknown) => number } };
  const y = svg.scale('y');
  const marks = options.marks as unknown as { dy: number; data: Row[]; lineAnchor?: string; lineHeight: number; channels: { text?: { value: (r: Row) => string } } }[];
  const ids = (options.y as { domain: string[] }).domain;
  const dot = marks.find((m) => m instanceof Plot.Dot)!;
  // A phone's names: lines stacked upwards from their anchor (lineAnchor bottom), lineHeight ems apart.
  const name = marks.find((m) => m instanceof Plot.Text && m.lineAnchor === 'bottom');
  const height = (id: string) => {
    const row = name!.data.find((r) => r.figure === id)!;
    return name!.channels.text!.value(row).split('\n').length * name!.lineHeight * FONT_SIZE;
  };
  return {
    top: options.marginTop ?? 0,
    bottom: (options.height ?? 0) - (options.marginBottom ?? 0),
    values: ids.map((id) => y.apply(id) + dot.dy),
    names: name ? ids.map((id) => y.apply(id) + name.dy - height(id)) : [],
  };
}

const highlights = [...new Set(timeCompressionRows(data, {}).flatMap((r) => [r.case, r.year === null ? null : String(r.year)]).filter((h): h is string => typeof h === 'string'))];

describe('time-compression rows stay inside the frame', () => {
  for (const variant of [NARROW, WIDE]) {
    it(`${variant.name}: no value reaches the axis's tick labels, no name rises above the frame`, () => {
      const problems: string[] = [];
      for (const highlight of [undefined, ...highlights]) {
        const spec = timeCompression(data, highlight ? { highlight } : {});
        for (const [which, plot] of [['full', spec.plot], ['focus', spec.focus?.plot]] as const) {
          if (!plot) continue;
          const d = drawn(plot(variant), variant);
          const lowest = Math.max(...d.values) + FONT_SIZE / 2;
          if (lowest > d.bottom - GAP) problems.push(`${highlight ?? 'none'} ${which}: a value ends ${(d.bottom - lowest).toFixed(1)}px above the axis line (at least ${GAP} wanted)`);
          const highest = Math.min(...d.names);
          if (highest < d.top) problems.push(`${highlight ?? 'none'} ${which}: a name starts ${(d.top - highest).toFixed(1)}px above the frame`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
