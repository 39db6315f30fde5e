/**
 * Case shapes of the blind set 62+ (tests/fixtures/reports/README.md, "Work on the blind set 62+"), each on a short
 * sentence written the way those reports write it, with a positive beside each negative: a time phrase before an
 * award verb, a 《》 name followed by 证书, 我州/我市 before a place and a quoted title, and 【】 as a title mark before a
 * selection verb.
 */
import { describe, expect, it } from 'vitest';
import { casesOfUnseen } from '../helpers/unseen-cases.ts';

const unseen = (lines: string[]) => casesOfUnseen(lines);
const pairs = (lines: string[]) => unseen(lines).map((c) => [c.owner, c.title]);

describe('a count or ordinal of time is never a title', () => {
  it('takes no case from 连续第十二年荣获“…奖” (the phrase says when)', () => {
    expect(pairs(['2023年工作总结', '2023年以来，市审管办切实承担统筹协调职责。市公共资源交易中心获得杭州市打造最优营商环境工作集体嘉奖，连续第十二年荣获中国政府采购“年度创新奖”，并首次获评年度优秀平台。'])).toEqual([]);
  });

  it('still takes the quoted entry before the same verb, the time phrase cut off', () => {
    expect(pairs(['2023年工作总结', '滨江区“政采云”改革连续第三年荣获中国政府采购“年度创新奖”。'])).toEqual([['滨江区', '“政采云”改革']]);
  });
});

describe('a 《》 name followed by 证书 names an honour, not a case', () => {
  it('takes none from a caption 《…十佳区县》证书', () => {
    expect(pairs(['鄂城区斩获三项大奖', '《2022年度湖北城市传播力十佳区县》证书。通讯员 供图'])).toEqual([]);
  });

  it('still takes a 《》 title in a sentence about cases', () => {
    const titles = unseen(['鄂城区斩获三项大奖', '鄂城区委组织部《“54321”解锁城市基层治理密码》，荣获2022“荆楚杯”党建引领创新案例。']).map((c) => c.title);
    expect(titles).toEqual(['“54321”解锁城市基层治理密码']);
  });
});

describe('我州/我市 before a place and a quote', () => {
  it('takes the place after 我州 as the owner and starts the title at the quote', () => {
    expect(pairs(['改革传喜讯', '我州花垣县“党建引领、互助五兴”改革举措成功入选“中国改革2021年度地方全面深化改革典型案例”名单。'])).toEqual([
      ['花垣县', '“党建引领、互助五兴”改革举措'],
    ]);
  });
});

describe('【】 as a title mark before a selection verb', () => {
  it('takes <owner>【T】获得…优选 and <owner>【T】获…入围, the unit before the bracket as owner', () => {
    expect(pairs([
      '城市治理卓越奖揭晓 连江县文化处优选、自来水厂入围',
      '【本报讯】天下杂志举办第一届城市治理卓越奖选拔活动,15日公布各组得奖名单,连江县文化处【战地转身 转译再生】获得经济成长组优选,连江县自来水厂【从源头到水龙头-智慧马祖再进化】获环境保护组入围,表现亮眼。',
    ])).toEqual([
      ['连江县文化处', '战地转身 转译再生'],
      ['连江县自来水厂', '从源头到水龙头-智慧马祖再进化'],
    ]);
  });

  it('takes no label in 【】 (【本报讯】) nor a bracketed name no selection verb follows', () => {
    expect(pairs([
      '城市治理卓越奖揭晓',
      '【本报讯】连江县文化处【战地转身 转译再生】展览开幕,介绍经济成长组优选的做法。',
    ])).toEqual([]);
  });
});
