/** The district timeline with a case whose report states no year (a report the pipeline could not date). */
import { describe, expect, it } from 'vitest';
import { allowedParams, buildChart } from '../../src/charts/registry.ts';
import { shareDrawing } from '../../src/charts/share-drawing.ts';
import { districtOwner } from '../../src/charts/common.ts';
import { renderVariant } from '../../src/charts/render.ts';
import { NARROW } from '../../src/charts/theme.ts';
import { realData } from './helpers.ts';

const data = realData();
const dated = data.cases.find((c) => c.district === '黄埔区')!;
const doc = data.documents.find((d) => d.id === dated.documentId)!;
// The same case in a copy of its report with no year: the only change is the missing date.
const undatedDoc = { ...doc, id: `${doc.id}-undated`, year: null };
const undated = { ...dated, id: `${dated.id}-undated`, documentId: undatedDoc.id, year: null };
const withUndated = { ...data, documents: [...data.documents, undatedDoc], cases: [...data.cases, undated] };

describe('district-timeline: a case without a year', () => {
  const spec = buildChart('district-timeline', { district: '黄埔区' }, withUndated);

  it('the subtitle lists the known years and counts the undated case, with no stray separator', () => {
    expect(spec.subtitle).not.toMatch(/^、|、、|、年|null/);
    expect(spec.subtitle).toContain('年份不详');
    expect(spec.subtitle).toContain(`${spec.rows.length}个案例`);
  });

  it('the drawing labels the undated case 不详, never "?" or "null"', () => {
    const svg = renderVariant(spec, NARROW);
    expect(svg).toContain('>不详<');
    expect(svg).not.toMatch(/>\?<|>null</);
  });
});

describe('district-timeline: the share image drawing', () => {
  it('a long timeline shares its latest cases whole, short enough for the image at a legible size', () => {
    const longest = allowedParams('district-timeline', data).district!.map((district) => buildChart('district-timeline', { district }, data)).sort((a, b) => b.rows.length - a.rows.length)[0]!;
    expect(longest.rows.length).toBeGreaterThan(10);
    const svg = shareDrawing(longest);
    const [width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number) as [number, number];
    // The image's chart box is 600x518: the drawing fits it at 1.5x or more, so 12-unit text reads at 18 px.
    expect(600 / width).toBeGreaterThanOrEqual(1.5);
    expect(height * (600 / width)).toBeLessThanOrEqual(518);
    // Whole cases, the latest ones: every drawn headline is a case title's first line.
    const latest = longest.rows.at(-1)!.title as string;
    expect(svg).toContain(latest.slice(0, 6));
  });
});

describe('district-timeline: every district page can show its timeline', () => {
  it('each district with cases, in the home city or not, names a timeline the registry draws', () => {
    const choices = allowedParams('district-timeline', data).district!;
    const withCases = data.districts.filter((d) => data.cases.some((c) => c.district === d.name && c.city === d.city));
    expect(withCases.some((d) => !choices.includes(d.name))).toBe(true); // a comparison district is named with its city
    for (const d of withCases) expect(choices).toContain(districtOwner(d, data));
  });
});
