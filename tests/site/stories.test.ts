/**
 * The published stories (content/stories/) and the story directive validator,
 * without a site build: each story renders with the site's own context
 * (datasets, chart registry, stats), stays within its length and step
 * budget, and carries no hand-typed numbers. Needs build/data (npm run extract).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { renderStory } from '../../src/remark/render-story.ts';
import { MarkdownErrors } from '../../src/lib/markdown.ts';
import { storyContext } from '../../src/lib/story-context.ts';
import { datasets } from '../../src/lib/data.ts';
import { buildChart, CHARTS } from '../../src/charts/registry.ts';
import { storySchema } from '../../scripts/datasets/schema.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const STORIES = ['where-the-showcases-are', 'speed-of-approvals', 'from-business-to-meals'];

/** Frontmatter, body, and the number of lines above the body (as the story page computes it). */
function split(source: string): { front: Record<string, unknown>; body: string; lineOffset: number } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!m) throw new Error('no frontmatter');
  return { front: parseYaml(m[1]!) as Record<string, unknown>, body: source.slice(m[0].length), lineOffset: m[0].split('\n').length - 1 };
}

/** The body with directive syntax removed: fences, step and chart lines, :fig[…] and :stat[…]{…}. */
function prose(body: string): string {
  return body
    .replace(/^:{2,}.*$/gm, '')
    .replace(/:(?:fig|stat)\[[^\]]*\](?:\{[^}]*\})?/g, '');
}

const hanCount = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;

/** Years and dates are names, not quantities: 2024年, 2019年3月, 2024年10月底. */
const DATE = /\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?/g;
/**
 * A Chinese numeral followed by a measure word is a hand-typed quantity (三个, 两份, 十大); ordinals (第一)
 * and 一 in "the same / this / another / each" (同一份, 这一年, 另一座, 每一位) are not.
 */
const CHINESE_QUANTITY = /(?<![第同这另某每唯统逐])[零〇一二两三四五六七八九十百千万亿]+(?=个|项|件|家|份|年|天|日|次|名|位|条|张|所|类|批|成|倍|分钟|小时|工作日|区|座|间|宗|席|届|期|轮|种|级|层|段|大)/g;

/** Each match with a few characters around it, so a failure shows where the number is. */
const inContext = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 4));

function render(markdown: string, file = 'bad.md', lineOffset = 0): string {
  return renderStory(markdown, file, storyContext().ctx, lineOffset);
}

/** The problems a markdown source raises, as messages (empty when it renders). */
function problems(markdown: string, file = 'bad.md', lineOffset = 0): string[] {
  try {
    render(markdown, file, lineOffset);
    return [];
  } catch (error) {
    if (error instanceof MarkdownErrors) return error.problems.map((p) => p.message);
    throw error;
  }
}

describe.each(STORIES)('story %s', (slug) => {
  const file = `content/stories/${slug}.md`;
  const source = readFileSync(join(ROOT, file), 'utf8');
  const { front, body, lineOffset } = split(source);
  const text = prose(body);

  it('has valid frontmatter with a chart as its cover', () => {
    const data = storySchema.parse(front);
    expect(data.byline).toBe('数据新闻组');
    expect(data.draft).toBe(false);
    expect(CHARTS.map((c) => c.id)).toContain(data.cover);
  });

  it('renders with the site context, without errors', () => {
    const { ctx, slots } = storyContext();
    const html = renderStory(body, file, ctx, lineOffset);
    expect(html).toContain('class="fig-ref"');
    expect(slots.length).toBeGreaterThan(0);
  });

  it('has 800 to 1,500 characters of prose and 5 to 8 scrolly steps', () => {
    const han = hanCount(text);
    expect(han).toBeGreaterThanOrEqual(800);
    expect(han).toBeLessThanOrEqual(1500);
    const html = render(body, file, lineOffset);
    const steps = html.match(/data-step="\d+"/g) ?? [];
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps.length).toBeLessThanOrEqual(8);
    expect(steps.length).toBe((body.match(/^:::step\{/gm) ?? []).length);
  });

  it('has no hand-typed numbers: Arabic digits only in years and dates, no Chinese numerals as quantities', () => {
    expect(inContext(text.replace(DATE, ''), /[0-9０-９]+/g)).toEqual([]);
    expect(inContext(text, CHINESE_QUANTITY)).toEqual([]);
  });

  it('cites only figures that exist, and every figure in the prose is a directive', () => {
    const ids = [...body.matchAll(/:fig\[([^\]]+)\]/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(0);
    const known = new Set(datasets().figures.map((f) => f.id));
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
  });
  it('highlights what a step is about: a step on one case does not highlight the rest of its year', () => {
    const data = datasets();
    const steps = [...body.matchAll(/^:::step\{([^}]*)\}\n([\s\S]*?)^:::$/gm)];
    for (const [, attributes, stepBody] of steps) {
      const caseIds = new Set([...stepBody!.matchAll(/:fig\[([^\]]+)\]/g)].map((m) => data.figures.find((f) => f.id === m[1])?.case ?? null));
      const only = caseIds.size === 1 ? data.cases.find((c) => c.id === [...caseIds][0]) : undefined;
      if (!only) continue;
      const { chart, ...params } = Object.fromEntries([...attributes!.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
      const rows = buildChart(chart!, params, data).rows.filter((r) => r.highlight && r.year === only.year);
      // A row of another case, or of another domain, in the case's year: the reader is pointed at more than the step names.
      const others = rows.filter((r) => (r.case ?? only.id) !== only.id || (r.domain ?? only.domain) !== only.domain);
      expect(others.map((r) => `${r.year} ${r.domain ?? r.case}`), `${file}: the step on “${only.title}”`).toEqual([]);
    }
  });
});

describe('the README', () => {
  it("renders the editors' complete minimal story without error", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /A complete minimal story:\s*```markdown\n([\s\S]*?)\n```/.exec(readme);
    expect(block).not.toBeNull();
    const { front, body, lineOffset } = split(block![1]!);
    expect(() => storySchema.parse(front)).not.toThrow();
    const html = render(body, 'README.md', lineOffset);
    expect(html.match(/data-step="\d+"/g)).toHaveLength(2);
    expect(html).toContain('hp-2020-summary-f-b31481ec6e');
  });
});

describe('the directive validator', () => {
  // Every case sits below a three-line "frontmatter" offset, so the reported line is the file's line.
  const OFFSET = 3;

  it('rejects an unknown chart, naming file, line and the valid charts', () => {
    const messages = problems('开头。\n\n::chart{id=pie-chart}\n', 'stories/a.md', OFFSET);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^stories\/a\.md:6:1: chart: Unknown chart "pie-chart"\. Expected: one of district-year, district-map, time-compression, domain-mix, measure-bars, district-timeline/);
  });

  it('rejects a step that names no chart or an unknown one', () => {
    const md = '::::scrolly\n:::step{chart=bubbles}\n文字。\n:::\n:::step{highlight=黄埔区}\n文字。\n:::\n::::\n';
    const messages = problems(md, 'b.md');
    expect(messages).toEqual([
      expect.stringMatching(/^b\.md:2:1: chart: Unknown chart "bubbles"\. Expected: one of district-year, .*district-timeline/),
      expect.stringMatching(/^b\.md:5:1: chart: The directive names no chart\. Expected: chart=<id>, one of district-year, /),
    ]);
  });

  it('rejects an unknown figure id, pointing to the list of figures', () => {
    const messages = problems('第一段。\n\n时间压缩至 :fig[gz-2099-nope-00000000]。\n', 'c.md', OFFSET);
    expect(messages).toEqual([expect.stringMatching(/^c\.md:6:\d+: fig: Unknown figure id "gz-2099-nope-00000000": its report "gz-2099-nope" is no longer in seeds\/ \(removed or renamed\)\. Expected: an id from \/data\/figures\.json \(\d+ figures; each source page shows them\)/)]);
  });

  it('rejects a bad chart parameter value, listing the valid values', () => {
    const messages = problems('::chart{id=district-year highlight=东山区}\n', 'd.md', OFFSET);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^d\.md:4:1: chart: Chart "district-year": .*highlight="东山区" is not available\. Valid values of highlight: .*"黄埔区"/);
  });

  it('rejects an unknown chart parameter and a bad step parameter, listing the valid ones', () => {
    const md = '::chart{id=domain-mix colour=red}\n\n::::scrolly\n:::step{chart=time-compression year=2021}\n文字。\n:::\n::::\n';
    const messages = problems(md, 'e.md');
    expect(messages).toEqual([
      expect.stringMatching(/^e\.md:1:1: chart: .*Chart "domain-mix" has no param "colour"\. Valid params: "highlight", "scope"/),
      expect.stringMatching(/^e\.md:4:1: chart: .*year="2021" is not available\. Valid values of year: "2018", "2019", "2020", "2024"/),
    ]);
  });

  it('rejects an unknown statistic, listing the statistics', () => {
    const messages = problems('平均有 :stat[average]{district=黄埔区} 个。\n', 'f.md', OFFSET);
    expect(messages).toEqual([expect.stringMatching(/^f\.md:4:\d+: stat: Unknown statistic "average"\. Expected: one of cases, districts, years, reports, figures/)]);
  });

  it('rejects a bad statistic parameter (unknown name or value), listing what is valid', () => {
    const md = '共 :stat[cases]{district=东山区} 个。\n\n共 :stat[years]{year=2019} 年。\n\n共 :stat[cases]{year=2030} 个。\n';
    const messages = problems(md, 'g.md', OFFSET);
    expect(messages).toEqual([
      expect.stringMatching(/^g\.md:4:\d+: stat: Unknown district "东山区"\. Expected: one of 荔湾区, 越秀区, .*增城区/),
      expect.stringMatching(/^g\.md:6:\d+: stat: Unknown parameter "year" for years\. Expected: district, list, domain/),
      expect.stringMatching(/^g\.md:8:\d+: stat: Unknown year "2030"\. Expected: one of 2018, 2019, 2020, 2024/),
    ]);
  });

  it('rejects a stray fence, naming file and line and showing the right nesting', () => {
    const md = '第一段。\n\n:::\n\n第二段。\n';
    const messages = problems(md, 'h.md', OFFSET);
    expect(messages).toEqual([expect.stringMatching(/^h\.md:6:1: scrolly: A stray ":::" fence: it closes nothing\. Expected: ::::scrolly … :::step\{chart=…\} … ::: … :::: \(more colons outside than inside/)]);
  });

  it('rejects a fence written right after prose, without a blank line', () => {
    const messages = problems('第一段。\n:::\n', 'j.md', OFFSET);
    expect(messages).toEqual([expect.stringMatching(/^j\.md:5:1: scrolly: A stray ":::" fence/)]);
  });

  it('reports a scrolly closed too early (outer fence with as few colons as the steps)', () => {
    const md = ':::scrolly\n:::step{chart=district-year}\n文字。\n:::\n:::\n';
    const messages = problems(md, 'i.md');
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => /^i\.md:\d+/.test(m))).toBe(true);
    expect(messages.join('\n')).toMatch(/more colons|stray/);
  });

  it.each([
    ['an unclosed attribute brace', '黄埔区 :stat[cases]{district=黄埔区 year=2024 个。\n', /^k\.md:4:\d+: stat: The attributes { of ":stat" is not closed/],
    ['an unclosed label bracket', '数字 :fig[hp-2020 。\n', /^k\.md:4:\d+: fig: The label \[ of ":fig" is not closed/],
    ['a broken chart line', '::chart{id=district-year\n', /^k\.md:4:\d+: chart: A "::chart" directive whose attributes \{ is not closed/],
    ['an unclosed step fence', '::::scrolly\n:::step{chart=district-year}\n文字。\n', /^k\.md:4:\d+: fence: The "::::" fence opened here is never closed/],
    ['an unclosed code fence', '```\ncode\n', /^k\.md:4:\d+: fence: The "```" fence opened here is never closed/],
  ])('rejects %s with file:line instead of rendering it', (_, md, message) => {
    expect(problems(md, 'k.md', OFFSET)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it('collects every problem of a file in one run', () => {
    const md = ['::chart{id=pie-chart}', '', ':fig[no-such-figure]', '', ':stat[average]', '', ':::'].join('\n');
    const messages = problems(md, 'j.md');
    const where = messages.map((m) => m.split(':').slice(0, 2).join(':'));
    expect(where.sort()).toEqual(['j.md:1', 'j.md:3', 'j.md:5', 'j.md:7']);
  });
});
