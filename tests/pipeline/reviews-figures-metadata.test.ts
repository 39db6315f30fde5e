/**
 * The second half of an editor's review file (content/reviews/<id>.yaml):
 * `figures.reject` takes a number that is not a figure out of every dataset,
 * `metadata` fixes a report's guessed title, publisher, district and date.
 * Both are validated with file:line errors and applied on every run.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/index.ts';
import { contentTableFiles, contentTables } from '../helpers/seeds.ts';
import { emit } from '../../scripts/pipeline/emit.ts';
import { parseReview } from '../../scripts/pipeline/reviews.ts';

const REPORT = 'bulletin.txt';
const TEXT = ['营商环境改革工作通报', '全区新增市场主体1.2万户，办理时间8.86天，同比缩短8.7天。', '“万千气象”主题活动举办3场。'].join('\n');
const REVIEW_FILE = 'content/reviews/bulletin.yaml';

const run = (review?: string) =>
  runPipeline({ tables: contentTableFiles(), files: [{ name: REPORT, bytes: new TextEncoder().encode(TEXT) }], reviews: review === undefined ? [] : [{ file: REVIEW_FILE, source: review }] });
const figureOf = (raw: string) => run().figures.find((f) => f.raw === raw && !f.derived)!;

describe('figures.reject', () => {
  it('takes a rejected figure, and the figures derived from it, out of figures.json and figures.csv', () => {
    const days = figureOf('8.86天');
    const derived = run().figures.find((f) => f.derived)!;
    expect(derived.value).toBeCloseTo(17.56);
    const result = run(`figures:\n  reject:\n    - id: ${days.id}\n      reason: 测试\n`);
    expect(result.errors).toEqual([]);
    const files = emit(result);
    for (const name of ['figures.json', 'figures.csv']) {
      expect(files[name]).not.toContain(days.id);
      expect(files[name]).not.toContain(derived.id);
      expect(files[name]).toContain(figureOf('1.2万户').id);
    }
    const report = result.report.documents[0]!;
    expect(report.rejectedFigures).toEqual([{ id: days.id, raw: '8.86天', start: days.start, end: days.end, reason: '测试' }]);
    expect(result.coverage.documents[0]!.rejected).toBe(1);
  });

  it('reports a rejection whose figure no longer exists as a warning on the report, not an error', () => {
    const result = run('figures:\n  reject:\n    - id: bulletin-f-0000000000\n');
    expect(result.errors).toEqual([]);
    expect(result.figures).toHaveLength(run().figures.length);
    expect(result.report.documents[0]!.warnings).toContain(`${REVIEW_FILE}: figures.reject bulletin-f-0000000000: no figure of this report has that id any more.`);
  });
});

describe('metadata', () => {
  it('replaces the guessed title, publisher, district and date in documents.json and stops listing them as guessed', () => {
    const before = run().documents[0]!;
    expect(before.inferred).toEqual(expect.arrayContaining(['title', 'publisher', 'published', 'region']));
    const result = run('metadata:\n  title: 2024年越秀区营商环境改革工作通报\n  publisher: 广州市越秀区政务服务数据管理局\n  district: 越秀区\n  date: 2024-05-01\n');
    expect(result.errors).toEqual([]);
    const [doc] = JSON.parse(emit(result)['documents.json']!);
    expect(doc).toMatchObject({
      title: '2024年越秀区营商环境改革工作通报', publisher: '广州市越秀区政务服务数据管理局', published: '2024-05-01', region: { city: '广州市', district: '越秀区' },
    });
    expect(doc.inferred).not.toEqual(expect.arrayContaining(['title']));
    expect(doc.inferred.some((f: string) => ['title', 'publisher', 'published', 'region'].includes(f))).toBe(false);
    expect(result.report.documents[0]!.warnings.join('\n')).toMatch(/guessed id, period/);
  });

  it('sets a city-wide report with district: null, and a district elsewhere in China with its own city', () => {
    expect(run('metadata:\n  district: null\n').documents[0]!.region.district).toBeNull();
    expect(run('metadata:\n  district: 思明区\n').documents[0]!.region).toEqual({ city: '厦门市', district: '思明区' });
  });
});

describe('bad figures and metadata decisions', () => {
  it('names file, line and field of every problem in one pass', () => {
    const source = [
      'figures:', //                   1
      '  reject:', //                  2
      '    - reason: 没有编号', //       3
      '  accept:', //                  4
      '    - id: x-f-1', //             5
      'metadata:', //                  6
      '  district: 黄铺区', //          7
      '  date: 2024-02-30', //          8
      '  author: 某人', //              9
      '  title: 5', //                 10
    ].join('\n');
    // The home city (content/site.json) decides between 黄埔区 and Shanghai's 黄浦区, both one character from 黄铺区.
    const messages = parseReview({ file: REVIEW_FILE, source }, contentTables().zones).problems.map((p) => p.message);
    const at = (line: number, field: string, what: RegExp) =>
      expect(messages.some((m) => m.startsWith(`${REVIEW_FILE}:${line}:`) && m.includes(`${field}:`) && what.test(m)), `${line} ${field}`).toBe(true);
    at(3, 'figures.reject.0.id', /figure id/);
    at(4, 'figures.accept', /Unknown key/);
    at(7, 'metadata.district', /黄铺区.*Did you mean "黄埔区"/);
    at(8, 'metadata.date', /not a calendar date/);
    at(9, 'metadata.author', /Unknown key/);
    at(10, 'metadata.title', /title as text/);
    expect(messages).toHaveLength(6);
  });
});
