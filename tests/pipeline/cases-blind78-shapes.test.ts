/**
 * Case shapes of the blind set 78+ (tests/fixtures/reports/README.md, "Work on the blind set 78+"), each on short
 * texts written the way such reports write them, with a negative beside each positive.
 */
import { describe, expect, it } from 'vitest';
import { casesOfUnseen } from '../helpers/unseen-cases.ts';

const unseen = (lines: string[]) => casesOfUnseen(lines);
const titles = (lines: string[]) => unseen(lines).map((c) => c.title);

describe('contents entries numbered as cases', () => {
  const lead = '省检察院发布一批检察公益诉讼典型案例，涵盖生态环境、食品药品安全和国有财产保护等领域。';
  it('takes 案例一<title> and 案例二：<title> of a contents the page prints nothing else of, the —— line a subtitle', () => {
    expect(titles([lead, '目 录', '案例一督促整治饮用水水源地违法建设行政公益诉讼案', '——某县人民检察院诉某镇人民政府', '案例二：督促保护古树名木行政公益诉讼案', '——某区人民检察院办理'])).toEqual([
      '督促整治饮用水水源地违法建设行政公益诉讼案',
      '督促保护古树名木行政公益诉讼案',
    ]);
  });

  it('takes a case once, from its text, when the contents names a case printed below it', () => {
    const found = unseen([
      lead, '目录', '案例一 督促整治饮用水水源地违法建设行政公益诉讼案', '案例二 督促保护古树名木行政公益诉讼案',
      '案例一 督促整治饮用水水源地违法建设行政公益诉讼案', '某县人民检察院在履职中发现，水源地保护区内存在违法建设，遂向镇政府发出检察建议，督促其依法拆除。',
      '案例二 督促保护古树名木行政公益诉讼案', '某区人民检察院发现辖区古树名木保护不力，督促主管部门建立台账、落实养护责任。',
    ]);
    expect(found.map((c) => c.title)).toEqual(['督促整治饮用水水源地违法建设行政公益诉讼案', '督促保护古树名木行政公益诉讼案']);
    expect(found.every((c) => c.start > 60)).toBe(true);
  });

  it('takes no case from a contents of sections', () => {
    expect(titles(['某区2024年工作报告', '目录', '一、2023年工作回顾', '二、2024年工作安排', '三、加强政府自身建设'])).toEqual([]);
  });
});

describe('quoted titles named as what a unit won a prize with', () => {
  const pairs = (lines: string[]) => unseen(lines).map((c) => [c.owner, c.title]);
  it('takes <unit>以「T」夺下…奖 and <unit>则凭借「T」荣获…奖, each with its unit', () => {
    expect(pairs(['城市治理奖揭晓', '市环保局以「河川巡守志工2.0」夺下环境保护组首奖，文化局则凭借「老街再生计划」荣获文化创新组首奖。'])).toEqual([
      ['市环保局', '河川巡守志工2.0'],
      ['文化局', '老街再生计划'],
    ]);
  });

  it('takes two titles of one unit run together before the prize in the next clause', () => {
    expect(pairs(['智慧运输奖颁发', '大会同时颁发智慧运输奖项，其中台中市交通局以「公车动态即时预报」、「路口号志智慧调控」两项计划，获得协会年度应用奖项肯定。'])).toEqual([
      ['台中市交通局', '公车动态即时预报'],
      ['台中市交通局', '路口号志智慧调控'],
    ]);
  });

  it('takes <unit>「A」、<unit>「B」以及<unit>「C」N专案获得优选, each with its own unit', () => {
    expect(pairs(['城市治理奖揭晓', '此外，还有卫生局「长照到宅一站通」、社会局「托育补助线上办」以及劳工局「青年就业导航」3专案获得优选。'])).toEqual([
      ['卫生局', '长照到宅一站通'],
      ['社会局', '托育补助线上办'],
      ['劳工局', '青年就业导航'],
    ]);
  });

  it('takes entries counted after a prize (其一为「A」；其二是「B」) and named by their prize (…奖中的「C」, 获得优等奖的「E」)', () => {
    expect(pairs([
      '创新提案竞赛成绩揭晓',
      '消防局提出2案获特优奖肯定，其一为「火场热影像即时回传」，提升救灾效率；其二是「独居长者防火访视」，降低居家火灾风险。',
      '教育局则提出3案，2案特优奖中的「校园午餐溯源平台」，让家长安心；「偏乡远距共学」缩短城乡差距。另获得优等奖的「学生证数字化」，简化行政流程。',
    ])).toEqual([
      ['消防局', '火场热影像即时回传'],
      ['消防局', '独居长者防火访视'],
      ['教育局', '校园午餐溯源平台'],
      ['教育局', '偏乡远距共学'],
      ['教育局', '学生证数字化'],
    ]);
  });

  it('takes no title a sentence names as a goal or a plan, nor the name of the prize', () => {
    expect(pairs(['市政新闻', '市府以「零碳城市」为目标推动「公共运输倍增计划」，将争取明年报名城市治理奖。'])).toEqual([]);
    expect(unseen(['图书馆获奖', '市立图书馆今年再度拿下「公务创新组特别奖」，已连续两年获奖。']).map((c) => c.title)).not.toContain('公务创新组特别奖');
  });
});

describe('a unit that won a prize is no entry of it', () => {
  it('reads no case from <name><level>立?<institution> before the prize (90: 高雄市立图书馆荣获…特别奖)', () => {
    expect(titles(['颁奖典礼举行', '颁奖典礼上，市立图书馆荣获公务创新组特别奖，副馆长代表领奖。'])).toEqual([]);
    expect(titles(['颁奖典礼举行', '颁奖典礼上，某某市立图书馆荣获公务创新组特别奖，副馆长代表领奖。'])).toEqual([]);
    expect(titles(['颁奖典礼举行', '颁奖典礼上，区档案馆荣获公务创新组特别奖。'])).toEqual([]);
  });

  it('still reads a bare entry that names a service, beside a unit in the same sentence', () => {
    expect(titles(['评选结果揭晓', '评选结果揭晓，某某市立图书馆荣获一等奖，城市书房智慧借阅服务获得二等奖。'])).toEqual(['城市书房智慧借阅服务']);
  });
});

describe('items counted after them, each opened by its place (78: A和B2项改革案例入选…)', () => {
  const pairs = (lines: string[]) => unseen(lines).map((c) => [c.owner, c.title]);
  it('splits at 和 before a place, keeps an item whole across its 、 when the count says so, and drops the count', () => {
    expect(pairs(['改革成果丰硕', '宜君县“一站式”调解、“三联”共治模式和黄陵县红色文化“四进”机制2项改革案例入选全国典型案例名单。'])).toEqual([
      ['宜君县', '“一站式”调解、“三联”共治模式'],
      ['黄陵县', '红色文化“四进”机制'],
    ]);
  });

  it('keeps the items a 、 separates when their count is the count written after them', () => {
    expect(pairs(['改革成果丰硕', '宜君县“一站式”调解机制、“三联”共治模式2项改革案例入选全国典型案例名单。']).map((p) => p[1])).toEqual([
      '“一站式”调解机制',
      '“三联”共治模式',
    ]);
  });
});

describe('a collection a case is selected into', () => {
  it('is no case itself (入选《…案例集》), while the practice selected into it is', () => {
    expect(titles(['改革成果丰硕', '礼泉县发展农村电商相关经验做法入选《全国县域电商实践案例集》。'])).toEqual(['发展农村电商相关经验做法']);
  });
});
