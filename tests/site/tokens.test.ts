/**
 * Guards for the design tokens in src/styles/tokens.css: the two dark blocks
 * (toggle and prefers-color-scheme) must not drift apart, and text colours
 * must keep WCAG AA contrast against the paper in both palettes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

function block(selector: string): Map<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at === -1) throw new Error(`no block for ${selector}`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  const decls = new Map<string, string>();
  for (const m of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) decls.set(m[1]!, m[2]!.trim().toLowerCase());
  return decls;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const light = block(':root');
const dark = block(":root[data-theme='dark']");
const darkSystem = block(":root:not([data-theme='light'])");

describe('tokens.css', () => {
  it('the toggle and the system dark palettes are identical', () => {
    expect(Object.fromEntries(darkSystem)).toEqual(Object.fromEntries(dark));
  });

  it('every colour token has a dark value, and the eight chart colours exist', () => {
    const colours = [...light].filter(([, v]) => v.startsWith('#')).map(([k]) => k);
    expect(colours.filter((k) => !dark.has(k))).toEqual([]);
    for (let n = 1; n <= 8; n++) expect(light.has(`--chart-${n}`)).toBe(true);
  });

  it.each([
    ['light', light],
    ['dark', dark],
  ])('%s: text colours reach 4.5:1 on paper and surface, focus 3:1', (_, p) => {
    for (const text of ['--ink', '--muted', '--link', '--accent']) {
      expect(contrast(p.get(text)!, p.get('--paper')!), text).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.get(text)!, p.get('--surface')!), `${text} on surface`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(p.get('--ink')!, p.get('--highlight')!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.get('--focus')!, p.get('--paper')!)).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['light', light],
    ['dark', dark],
  ])('%s: the count ramp (map, matrix) reads "more = stronger contrast", every count colour 3:1 on paper, its count text 4.5:1', (_, p) => {
    // Counts take steps 2-5 (charts/theme.ts sequentialFill): more cases, further from the paper, in both modes.
    const steps = [2, 3, 4, 5].map((n) => p.get(`--seq-${n}`)!);
    const onPaper = steps.map((c) => contrast(c, p.get('--paper')!));
    for (const [i, ratio] of onPaper.entries()) expect(ratio, `--seq-${i + 2}`).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < onPaper.length; i++) expect(onPaper[i]!, `--seq-${i + 2} against --seq-${i + 1}`).toBeGreaterThan(onPaper[i - 1]! * 1.3);
    // The count printed on a step (charts/theme.ts sequentialText): ink on the first, the paper colour on the rest.
    expect(contrast(p.get('--ink')!, steps[0]!)).toBeGreaterThanOrEqual(4.5);
    for (const c of steps.slice(1)) expect(contrast(p.get('--paper')!, c), c).toBeGreaterThanOrEqual(4.5);
  });

  it('the first four chart colours are distinguishable from the paper (3:1) in both palettes', () => {
    for (const p of [light, dark]) {
      for (let n = 1; n <= 4; n++) expect(contrast(p.get(`--chart-${n}`)!, p.get('--paper')!), `--chart-${n}`).toBeGreaterThanOrEqual(3);
    }
  });
});
