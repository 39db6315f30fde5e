/**
 * Where a case stands and when, on reports the pipeline has not seen: a case
 * that names no owner is placed by its title, its opening sentence or the
 * report; a joint owner with a district is in that district; a report that
 * names no year of its own belongs to the year it was published.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/index.ts';
import { extractCases } from '../../scripts/pipeline/cases.ts';
import { normalizeOwner } from '../../scripts/pipeline/owners.ts';
import { report } from '../helpers/report.ts';
import { contentTableFiles, contentTables } from '../helpers/seeds.ts';

const tables = contentTables();

describe('the place of a case without an owner', () => {
  const list = (lines: string[], district: string | null) =>
    extractCases(report(['2023年度十优改革攻坚项目名单', ...lines].join('\n'), { region: { city: '广州市', district } }), { tables }).map((c) => [c.title, c.owner, c.district, c.city]);

  it('is the district of a district report (tests/fixtures/reports/02: 评选出“A”“B”等…)', () => {
    const cases = list(['评审会最终评选出“全国首创生物医药合作共建新模式”“企业开办全程网办”等一批“十优改革攻坚项目”。'], '黄埔区');
    expect(cases).toEqual([
      ['全国首创生物医药合作共建新模式', '', '黄埔区', '广州市'],
      ['企业开办全程网办', '', '黄埔区', '广州市'],
    ]);
  });

  it('is the district its title names, over the report’s (general form: 打造X区…样板)', () => {
    const cases = list(['评审会最终评选出“企业开办全程网办”“打造海珠区老旧小区微改造样板”等一批“十优改革攻坚项目”。'], '黄埔区');
    expect(cases.map((c) => c[2])).toEqual(['黄埔区', '海珠区']);
  });
});

it('a joint owner of a city office and a district stands in the district (tests/fixtures/reports/06: 市委台港澳办、集美区)', () => {
  expect(normalizeOwner('市委台港澳办、集美区', { city: '厦门市', tables })).toMatchObject({ district: '集美区', city: '厦门市', level: 'district' });
});

it('a report that names no year of its own is about the year it was published (tests/fixtures/reports/12)', () => {
  const text = '改革案例亮点多\n2018-07-17 10:30:33 来源:东南网\n东南网7月17日讯 案例征集活动持续进行，已收到案例近百篇。';
  const [doc] = runPipeline({ tables: contentTableFiles(), files: [{ name: 'news.txt', bytes: new TextEncoder().encode(text) }] }).documents;
  expect([doc!.published, doc!.year]).toEqual(['2018-07-17', 2018]);
});
