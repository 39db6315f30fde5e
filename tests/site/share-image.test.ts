/**
 * Share images (src/lib/share-image.ts) without a site build: the WOFF to
 * SFNT conversion on real Noto Sans SC slices from @fontsource, the CSS
 * variable resolution, line breaking, the composed SVG, and the PNG
 * (size, same bytes on a second run, Chinese drawn with ink).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { buildChart } from '../../src/charts/registry.ts';
import { renderVariant } from '../../src/charts/render.ts';
import {
  OG_HEIGHT,
  OG_WIDTH,
  embedChart,
  ems,
  fontFilesFor,
  pngSize,
  resolveCssVars,
  sfntTables,
  shareImagePng,
  shareImageSvg,
  slicesFor,
  svgText,
  tableChecksum,
  widestVariant,
  woffTables,
  woffToSfnt,
  wrapLines,
} from '../../src/lib/share-image.ts';
import { realData } from '../charts/helpers.ts';
import { pngInk } from '../helpers/png-ink.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const fontDir = join(dirname(createRequire(join(ROOT, 'package.json')).resolve('@fontsource/noto-sans-sc/package.json')), 'files');
const woff = (name: string) => readFileSync(join(fontDir, `noto-sans-sc-${name}-normal.woff`));

describe('woffToSfnt', () => {
  for (const name of ['latin-400', '119-700']) {
    it(`decodes ${name}: same tables in the same order, each with its recorded checksum`, () => {
      const source = woff(name);
      const sfnt = woffToSfnt(source);
      const expected = woffTables(source);
      const tables = sfntTables(sfnt);
      expect(sfnt.readUInt32BE(0)).toBe(source.readUInt32BE(4)); // flavor ('OTTO' for Noto's CFF outlines)
      expect(tables.map((t) => t.tag)).toEqual(expected.map((t) => t.tag));
      expect(tables.length).toBeGreaterThan(5);
      expect(tables.map((t) => t.tag)).toEqual(expect.arrayContaining(['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name']));
      for (const [i, table] of tables.entries()) {
        expect(table.offset % 4, table.tag).toBe(0);
        expect(table.length, table.tag).toBe(expected[i]!.length);
        const data = Buffer.from(sfnt.subarray(table.offset, table.offset + table.length));
        // head's checksum is taken with checkSumAdjustment (bytes 8-11) as zero.
        if (table.tag === 'head') data.writeUInt32BE(0, 8);
        expect(tableChecksum(data), table.tag).toBe(expected[i]!.checksum);
        expect(table.checksum, table.tag).toBe(expected[i]!.checksum);
      }
      // The whole file sums to the OpenType magic once checkSumAdjustment is in place.
      expect(tableChecksum(sfnt)).toBe(0xb1b0afba);
      const head = tables.find((t) => t.tag === 'head')!;
      expect(sfnt.readUInt32BE(head.offset + 12)).toBe(0x5f0f3cf5); // head.magicNumber
    });
  }

  it('keeps tables that were stored uncompressed', () => {
    // Every table of a real slice, and every compressed one inflates to its original length.
    const source = woff('latin-400');
    let compressed = 0;
    for (let i = 0; i < source.readUInt16BE(12); i++) {
      const e = 44 + i * 20;
      const [offset, comp, orig] = [source.readUInt32BE(e + 4), source.readUInt32BE(e + 8), source.readUInt32BE(e + 12)];
      if (comp < orig) {
        compressed++;
        expect(inflateSync(source.subarray(offset, offset + comp)).length).toBe(orig);
      }
    }
    expect(compressed).toBeGreaterThan(0);
  });

  it('rejects what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2 not woff1 at all, long enough to have a header of forty-four bytes'))).toThrow(/WOFF 1.0/);
    const truncated = woff('latin-400').subarray(0, 200);
    expect(() => woffToSfnt(truncated)).toThrow(/past the end/);
  });
});

describe('chart SVG for the rasterizer', () => {
  it('resolves CSS variables to their fallbacks, nested ones too', () => {
    expect(resolveCssVars('fill="var(--chart-1, #0072b2)" stroke="var(--plot-background, var(--paper, #fbfaf6))" x="var(--none)"')).toBe(
      'fill="#0072b2" stroke="#fbfaf6" x="#1c1b19"',
    );
  });

  it('leaves no variable in a real chart', () => {
    const spec = buildChart('district-year', {}, realData());
    const svg = shareImageSvg({ title: spec.title, chartSvg: renderVariant(spec, widestVariant(spec.variants)), siteName: '站' });
    expect(svg).not.toContain('var(');
    // currentColor is the ink colour in the image.
    expect(svg).toContain('color="#1c1b19"');
    expect(svg).not.toMatch(/font-family="system-ui/);
  });
});

describe('embedChart', () => {
  const chart = (h: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="${h}" viewBox="0 0 640 ${h}" fill="currentColor" font-size="12"><text>标签</text></svg>`;
  const box = { x: 0, y: 0, width: 600, height: 500 };

  it('fits a chart into the box, centred, keeping its presentation attributes', () => {
    const { markup, drawn } = embedChart(chart(200), box);
    expect(markup).toMatch(/^<g color="#1c1b19" fill="currentColor" font-size="12" transform="translate\(0,156.25\) scale\(0.9375\)">/);
    expect(drawn).toEqual({ x: 0, y: 156.25, width: 600, height: 187.5 });
    expect(markup).not.toContain('clipPath');
  });

  it('shows the top of a very tall chart, cut off under a fade', () => {
    const { markup, drawn } = embedChart(chart(1600), box);
    expect(markup).toContain('clip-path="url(#og-chart-clip)"');
    expect(markup).toContain('fill="url(#og-chart-fade)"');
    expect(drawn.height).toBe(500);
    expect(drawn.width).toBe(480);
  });
});

describe('line breaking', () => {
  it('balances lines, never starts one with closing punctuation, and cuts with an ellipsis', () => {
    const dek = '把2018年到2024年报告里的办事时限并排放在一起，先看清每个数字量的是什么';
    const lines = wrapLines(dek, 17.9, 4);
    expect(lines.join('')).toBe(dek);
    for (const line of lines) {
      expect(ems(line)).toBeLessThanOrEqual(17.9);
      expect(line).not.toMatch(/^[，。、；：）》”]/);
    }
    // Two even lines; a line does not start with an opening quote (its full-width mark reads as an indent).
    expect(wrapLines('从营商环境到“一餐饭”', 9.3, 3)).toEqual(['从营商环境', '到“一餐饭”']);
    expect(wrapLines('2018年各区入选案例数（各年全部榜单合计）', 17.9, 4)).toEqual(['2018年各区入选案例数', '（各年全部榜单合计）']);
    const cut = wrapLines(dek, 9.3, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]).toMatch(/…$/);
    // A number is never cut in half by the ellipsis, nor parted from its unit.
    expect(wrapLines('报告中以“个”计的数字，按数值排序（共48个，只画最大的15个）', 9.3, 3)[2]).toBe('（共48个，只画…');
    expect(wrapLines('2018年', 3, 2).join('')).toContain('2018'); // digits stay together
  });
});

describe('line breaking in Chinese titles', () => {
  const words = new Intl.Segmenter('zh', { granularity: 'word' });
  /** Where lines may break: between two words. */
  const boundaries = (text: string) => new Set([...words.segment(text)].map((w) => w.index));

  it('breaks between words, never inside one (人工|智能, 方|案)', () => {
    for (const title of ['海珠区编制《琶洲人工智能与数字经济试验区建设总体方案》', '谋篇布局统筹出方案 营商环境1.0改革成效初显', '黄埔区试点上线“商事服务区块链平台”']) {
      const lines = wrapLines(title, 430 / 46, 3);
      expect(lines.join('').replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
      let at = 0;
      for (const line of lines.slice(0, -1)) {
        at = title.indexOf(line, at) + line.length;
        while (title[at] === ' ') at++;
        expect(boundaries(title), `${lines.join(' | ')}`).toContain(at);
      }
    }
  });

  it('never parts a number from its unit (110|个工作日)', () => {
    for (const text of ['办理时限压缩到110个工作日', '改革案例的地理分布：广州11区逐年入选数', '就餐长者达78.6万人次']) {
      for (let width = 4; width <= 12; width += 0.5) {
        const lines = wrapLines(text, width, 12);
        expect(lines.join('')).toBe(text);
        // No line ends in a digit while the next one goes on with its unit.
        expect(lines.slice(0, -1).filter((l) => /[0-9.]$/.test(l)), `${width}: ${lines.join(' | ')}`).toEqual([]);
      }
    }
  });
});

describe('shareImageSvg and shareImagePng', () => {
  const spec = buildChart('domain-mix', {}, realData());
  const input = {
    kicker: '图表',
    title: `${spec.title} <&>`,
    subtitle: spec.subtitle,
    chartSvg: renderVariant(spec, widestVariant(spec.variants)),
    siteName: '广州改革案例数据',
  };

  it('composes title, subtitle, site name and the chart into a 1200x630 SVG', () => {
    const svg = shareImageSvg(input);
    expect(svg).toMatch(/^<svg[^>]*width="1200" height="630"/);
    // The title is broken into lines (tspans); its text, escaped in the markup, is all there.
    expect(svgText(svg)).toContain(`${spec.title} <&>`);
    expect(svg).toContain('&lt;&amp;&gt;');
    expect(svg).toContain('广州改革案例数据');
    expect(svg).toContain(spec.subtitle.slice(0, 6));
    expect(svg).toContain('营商环境'); // a legend label of the chart
  });

  it('hands resvg the slice that covers most of the text first (it tries the files in order for a missing glyph)', () => {
    // 广 5 times, 州 once, digits twice: each from its own slice; in name order 州's would come first.
    const text = '广广广广广州20';
    const slice = (ch: string) => slicesFor(ch)[0]!;
    expect(new Set([slice('广'), slice('州'), slice('2')]).size).toBe(3);
    expect(fontFilesFor(text, 400).map((f) => /noto-sans-sc-(.+)-400\.otf$/.exec(f)![1])).toEqual([slice('广'), slice('2'), slice('州')]);
    expect(fontFilesFor(text, 700)[0]).toMatch(/-700\.otf$/);
  });

  it('asks for the font slices that cover the text and nothing else', () => {
    expect(slicesFor('2018')).toHaveLength(1); // digits come from one slice
    const cjk = slicesFor('广州改革');
    expect(cjk.length).toBeGreaterThan(0);
    expect(cjk.length).toBeLessThanOrEqual(4);
  });

  it('rasterizes to a 1200x630 PNG, the same bytes on a second run, with dark ink on paper', async () => {
    const first = await shareImagePng(input);
    const second = await shareImagePng(input);
    expect(pngSize(first)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(first.equals(second)).toBe(true);
    // Chinese is drawn with real glyphs: two different titles give two different images (tofu boxes
    // or blank .notdef glyphs would be the same), and each has more ink than no title at all.
    const a = await shareImagePng({ title: '广州改革', siteName: '' });
    const b = await shareImagePng({ title: '案例数据', siteName: '' });
    const blank = await shareImagePng({ title: '', siteName: '' });
    expect(a.equals(b)).toBe(false);
    expect(a.length).toBeGreaterThan(blank.length + 500);
    expect(b.length).toBeGreaterThan(blank.length + 500);
  }, 60_000);

  it('draws the chart\'s bold labels bold', async () => {
    const svg = (weight: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200"><text x="10" y="120" font-size="64" font-weight="${weight}">2019年改革案例</text></svg>`;
    const share = await Promise.all(['400', '700', 'bold'].map((w) => shareImagePng({ title: '', siteName: '', chartSvg: svg(w) })));
    // Bold glyphs carry clearly more ink than regular ones (the whole image counts: card and rules too); a mix of the two less.
    expect(pngInk(share[1]!) / pngInk(share[0]!)).toBeGreaterThan(1.1);
    expect(share[2]!.equals(share[1]!)).toBe(true);
  }, 60_000);
});
