/**
 * The year of a case and the evidence for it (cases-year.ts), on reports of the corpus the pipeline has never
 * seen (tests/fixtures/reports/, read as an editor drops them in: no manifest entry) and on the shapes of
 * dates reports use. A year that nothing in the text justifies stays null.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDocument } from '../../scripts/pipeline/document.ts';
import { extractCases } from '../../scripts/pipeline/cases.ts';
import { yearOfText } from '../../scripts/pipeline/cases-year.ts';
import { REPORTS_DIR } from '../../scripts/bench/report-corpus.ts';
import { report } from '../helpers/report.ts';
import { contentTables } from '../helpers/seeds.ts';

const tables = contentTables();
/** The cases of a corpus report, extracted without a manifest entry. */
function corpusCases(prefix: string) {
  const name = readdirSync(REPORTS_DIR).find((n) => n.startsWith(prefix) && n.endsWith('.txt'))!;
  const doc = buildDocument(name, new Uint8Array(readFileSync(join(REPORTS_DIR, name))), undefined, [], tables);
  return extractCases(doc, { tables });
}

describe('years read from the report itself (corpus reports, no manifest)', () => {
  it('26: the round’s year from the lead-in that speaks of the selection, not the plans for the next year', () => {
    const cases = corpusCases('26-');
    expect(cases).toHaveLength(8);
    for (const c of cases) {
      expect(c.year).toBe(2015);
      expect(c.yearCue).toMatch(/^the report's lead-in: 2015 in “评选出的案例反映了各单位2015年/);
    }
  });

  it('01: a date without its year (今日, 7月15日) in a report that states its publication date', () => {
    const [c] = corpusCases('01-');
    expect([c!.year, c!.yearCue]).toEqual([2019, 'its section heading: 今日, in a report published 2019 in “网络评选今日启动，请为省政协改革项目点赞”']);
  });

  it('13: a span from last year to now (从去年3月起) ends in the year of writing', () => {
    const cases = corpusCases('13-');
    expect(cases.map((c) => c.year)).toEqual([2015, 2015, 2015]);
    expect(cases[0]!.yearCue).toMatch(/^the sentence naming it: 2015 in/);
  });

  it('37: of two years in the sentence naming it, the one in the list’s name (2025年…例会 通报了2024年度…案例)', () => {
    const [c] = corpusCases('37-');
    expect([c!.year, c!.yearCue]).toEqual([2024, expect.stringMatching(/^the sentence naming it: 2024, in a list's name in/)]);
  });

  it('42: a yearbook paragraph dated 2018 throughout dates the project it names', () => {
    const [c] = corpusCases('42-');
    expect([c!.year, c!.yearCue]).toEqual([2018, expect.stringMatching(/^the paragraph naming it: 2018 in “【概况】/)]);
  });

  it('11: a list’s name dates only the names of its own clause (入选第七届…案例 is not dated by a later 获评2024年…案例)', () => {
    const cues = corpusCases('11-').map((c) => [c.title.slice(0, 8), c.yearCue.replace(/:.*/, '')]);
    expect(cues).toEqual([
      ['番禺区数字政府数', 'the sentence naming it'],
      ['“八个一”数智赋', 'the sentence naming it'],
      ['排水许可“无感智', 'the sentence naming it'],
      ['‘审管执信’一体', 'the name of the list it was selected into'],
      ['智慧政务云上办', 'the sentence naming it'],
    ]);
  });

  it('45: a year written out in the case’s section (河南举办2025年…案例评审会) wins over an expert’s 今年 quoted the next January', () => {
    const cases = corpusCases('45-');
    expect(cases.map((c) => c.year)).toEqual([2025, 2025, 2025]);
    expect(cases[0]!.yearCue).toMatch(/^its section heading: 2025 in “创新的角逐/);
  });

  it('34: 今年 in a report that states no date of its own dates nothing (the text’s 2018 is a reform’s history)', () => {
    const [c] = corpusCases('34-');
    expect([c!.year, c!.yearCue]).toEqual([null, 'none: neither the case, its section nor the report’s lead-in dates its list']);
  });

  it('59: a list that came out (出炉) in a report dated by its 发布时间 is that date’s list', () => {
    const cases = corpusCases('59-');
    expect(cases.length).toBeGreaterThanOrEqual(2);
    expect(new Set(cases.map((c) => c.year))).toEqual(new Set([2025]));
    expect(cases[0]!.yearCue).toMatch(/^the report's date, 2025-01-20: its list came out \(出炉\) in “广州市新一轮10个/);
  });

  it('49: a notice dated only by its signature line (2025年12月19日 under the body), not by the site’s clock', () => {
    const cases = corpusCases('49-');
    expect(cases.length).toBeGreaterThanOrEqual(3);
    expect(new Set(cases.map((c) => c.year))).toEqual(new Set([2025]));
  });

  it('41: 近日 in an e-paper dated on its page navigation (前一版 下一版 2025年03月26日)', () => {
    const cases = corpusCases('41-');
    expect(cases.length).toBeGreaterThanOrEqual(2);
    expect(new Set(cases.map((c) => c.year))).toEqual(new Set([2025]));
    expect(cases[0]!.yearCue).toMatch(/^the sentence naming it: 近日, in a report published 2025/);
  });

  it('06: a year in a case’s own history (2016年12月…作出的重要指示) does not date the showcase', () => {
    expect(corpusCases('06-').map((c) => c.year)).toEqual([null, null]);
  });
});

describe('the order of the evidence', () => {
  const text = [
    '2023年度政府创新工作案例', '评选出的案例反映了各单位2015年的创新工作成果。',
    '1、推行社区议事新机制 提升基层治理水平（白云区政府）', '2、创新推行混合用地模式提高土地利用水平（黄埔区政府）', '3、开展新型合作金融试点 完善农村金融服务体系（花都区政府）',
  ];

  it('a year the manifest declares wins over the text’s', () => {
    const cases = extractCases(report(text.join('\n'), { year: 2021, kind: 'unknown' }), { tables });
    expect(cases).toHaveLength(3);
    expect([cases[0]!.year, cases[0]!.yearCue]).toEqual([2021, 'the year declared for the report (manifest or review)']);
  });

  it('without one, the case’s section heading wins over the lead-in', () => {
    const cases = extractCases(report(text.join('\n'), { year: null, kind: 'unknown' }), { tables });
    expect(cases).toHaveLength(3);
    expect([cases[0]!.year, cases[0]!.yearCue]).toEqual([2023, 'its section heading: 2023 in “2023年度政府创新工作案例”']);
  });
});

describe('a list that came out on the report’s date', () => {
  const list = (lead: string) => [
    lead, '1、推行社区议事新机制 提升基层治理水平（白云区政府）', '2、创新推行混合用地模式提高土地利用水平（黄埔区政府）', '3、开展新型合作金融试点 完善农村金融服务体系（花都区政府）',
  ].join('\n');

  it('takes the date the report states when its lead-in says the list came out and names no date of its own', () => {
    const cases = extractCases(report(list('某市政府创新工作案例评选结果公布'), { year: null, published: '2024-03-01', kind: 'unknown' }), { tables });
    expect(cases).toHaveLength(3);
    expect([cases[0]!.year, cases[0]!.yearCue]).toEqual([2024, 'the report\'s date, 2024-03-01: its list came out (公布) in “某市政府创新工作案例评选结果公布”']);
  });

  it('dates nothing without a stated date, without a release verb, or when the lead-in names years of its own', () => {
    const year = (lead: string, published: string | null) => extractCases(report(list(lead), { year: null, published, kind: 'unknown' }), { tables }).map((c) => c.year);
    expect(year('某市政府创新工作案例评选结果公布', null)).toEqual([null, null, null]);
    expect(year('某市政府创新工作案例评选', '2024-03-01')).toEqual([null, null, null]);
    expect(year('首届于2017年评选，本届于2019年评选，案例名单公布', '2024-03-01')).toEqual([null, null, null]);
  });
});

describe('dates in a sentence (yearOfText)', () => {
  const published = { year: 2019, month: 7 };

  it('a range gives its end, a span to now the year of writing, two different years nothing', () => {
    expect(yearOfText('表彰对象为2017至2018年度改革工作', null)?.year).toBe(2018);
    expect(yearOfText('2023年12月至2024年1月，组织开展优秀案例评选', null)?.year).toBe(2024);
    expect(yearOfText('自5月底正式启动至今，案例征集活动已收到案例近百个', published)?.year).toBe(2019);
    expect(yearOfText('2016年以来，试验区改革经验做法得到肯定', null)).toBeNull();
    expect(yearOfText('首届于2017年评选，本届于2019年评选', null)).toBeNull();
    expect(yearOfText('2025年第二次例会召开，会上通报了2024年度改革最佳实践案例', null)?.year).toBe(2024);
  });

  it('words relative to the day of writing need a publication date; a later month is last year', () => {
    expect(yearOfText('在今年举办的首届案例评选中', null)).toBeNull();
    expect(yearOfText('在今年举办的首届案例评选中', published)?.year).toBe(2019);
    expect(yearOfText('去年启动的案例评选', published)?.year).toBe(2018);
    expect(yearOfText('12月23日，优秀案例正式揭晓', published)?.year).toBe(2018);
    expect(yearOfText('7月15日，候选名单公布', published)?.year).toBe(2019);
    expect(yearOfText('7月15日，候选名单公布', { year: 2019, month: null })).toBeNull();
    expect(yearOfText('历时9个月的评选', published)).toBeNull();
  });

  it('a day in parentheses inside a date word (今（15）日) is that date word; relative words for different years date nothing', () => {
    const dec = { year: 2025, month: 12 };
    expect(yearOfText('第8届政府服务奖颁奖典礼今（15）日隆重举行，3项服务方案荣获奖项', dec)).toEqual({ year: 2025, how: '今日, in a report published 2025' });
    expect(yearOfText('第8届政府服务奖颁奖典礼今（15）日隆重举行', null)).toBeNull();
    expect(yearOfText('社会处去年专案获得社会进步组首奖后，今年再以新专案获得优选', dec)).toBeNull();
    expect(yearOfText('去年启动、去年揭晓的案例评选', dec)?.year).toBe(2024);
  });

  it('one year, in any of its written forms, is that year; two different years are none (property)', () => {
    const year = fc.integer({ min: 1990, max: 2030 });
    fc.assert(
      fc.property(year, year, (a, b) => {
        expect(yearOfText(`${a}年，案例评选揭晓；${b}年启动`, null)?.year ?? null).toBe(a === b ? a : null);
        expect(yearOfText(`入选“${a}改革年度案例”`, null)?.year).toBe(a);
      }),
      { numRuns: 200 },
    );
  });
});

describe('years inside a document title', () => {
  it('a plan’s period in its 《》 title does not stand beside the paragraph’s own year', () => {
    expect(yearOfText('2023年，市里出台《产业发展规划(2023—2035)》。某项目入选全国典型案例。', null)?.year).toBe(2023);
  });

  it('a 《》 title that names a list still dates it', () => {
    expect(yearOfText('某项目入选《2022年度全国优秀案例汇编》。', null)?.year).toBe(2022);
  });
});
