/**
 * Editors' decisions in content/reviews/<document id>.yaml: validated with
 * file:line errors, applied to candidates and cases, stale targets reported.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../helpers/report.ts';
import { contentTables } from '../helpers/seeds.ts';
import { extractCasesConsidered } from '../../scripts/pipeline/cases.ts';
import { parseReview, reviewDocument } from '../../scripts/pipeline/reviews.ts';

const file = 'content/reviews/unseen.yaml';
const review = (source: string) => parseReview({ file, source }, contentTables().zones);

describe('review files', () => {
  it('reads the four kinds of decision and names the report by the file name', () => {
    const { review: r, problems } = review('reject:\n  - id: unseen-aaa\n    reason: 不是案例\nadd:\n  - title: 智慧停车\n');
    expect(problems).toEqual([]);
    expect(r).toMatchObject({ reject: [{ id: 'unseen-aaa' }], add: [{ title: '智慧停车' }], accept: [], edit: [] });
    expect(reviewDocument(file)).toBe('unseen');
  });

  it('reports every bad field with its file and line', () => {
    const { problems } = review('reject:\n  - id: unseen-aaa\nedit:\n  - id: unseen-bbb\n    year: "2019"\nremove:\n  - id: x\n');
    const messages = problems.map((p) => p.message);
    expect(messages.some((m) => m.startsWith(`${file}:5`) && m.includes('year'))).toBe(true);
    expect(messages.some((m) => m.includes('remove'))).toBe(true);
    expect(review('reject: [\n').problems[0]!.message).toMatch(/content\/reviews\/unseen\.yaml:\d+.*Not valid YAML/);
  });
});

describe('decisions applied to a report', () => {
  const text = ['2023年全面深化改革工作总结', '一、聚焦重点领域突破', '全市推行“智慧停车”改革，新增泊位1万个。', '二、聚力重点环节改革攻坚', '围绕关键环节推进改革。'].join('\n');
  const doc = report(text, { kind: 'summary', region: { city: '广州市', district: '海珠区' } });

  it('accepts a rejected candidate, adds a missed case by its exact text, edits and rejects cases, and notes stale targets', () => {
    const first = extractCasesConsidered(doc, { tables: contentTables() });
    expect(first.cases).toEqual([]);
    const candidate = first.considered.find((c) => c.title === '聚焦重点领域突破')!;
    const { review: r } = review(
      `accept:\n  - id: ${candidate.id}\nadd:\n  - title: 围绕关键环节推进改革\n    owner: 海珠区\n  - title: 不在报告里的标题\nreject:\n  - id: unseen-0000000000\n`,
    );
    const run = extractCasesConsidered(doc, { tables: contentTables(), review: r! });
    expect(run.cases.map((c) => [c.title, c.confidence])).toEqual([['聚焦重点领域突破', 1], ['围绕关键环节推进改革', 1]]);
    expect(run.cases[1]).toMatchObject({ owner: '海珠区', district: '海珠区' });
    expect(run.notes).toHaveLength(2);
    expect(run.notes.join('\n')).toMatch(/不在报告里的标题.*does not occur/);

    const added = run.cases[1]!.id;
    const { review: r2 } = review(`add:\n  - title: 围绕关键环节推进改革\n    owner: 海珠区\nedit:\n  - id: ${added}\n    title: 关键环节改革\n    year: 2022\n`);
    expect(extractCasesConsidered(doc, { tables: contentTables(), review: r2! }).cases.map((c) => [c.title, c.year, c.yearCue])).toEqual([['关键环节改革', 2022, "an editor's decision (content/reviews)"]]);
    const { review: r3 } = review(`add:\n  - title: 围绕关键环节推进改革\n    owner: 海珠区\nreject:\n  - id: ${added}\n`);
    const rejected = extractCasesConsidered(doc, { tables: contentTables(), review: r3! });
    expect(rejected.cases).toEqual([]);
    expect(rejected.notes).toEqual([]);
  });
});
