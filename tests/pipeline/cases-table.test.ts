/**
 * Cases in tables and case forms of reports the pipeline has never seen: a table flattened by a web page (one cell
 * per line, or one row per line) with an owner column and a name column, and name fields beside unit fields.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../helpers/report.ts';
import { contentTables } from '../helpers/seeds.ts';
import { extractCases } from '../../scripts/pipeline/cases.ts';

const tables = contentTables();
const unseen = (lines: string[]) =>
  extractCases(report(lines.join('\n'), { region: { city: null, district: null }, kind: 'unknown', year: 2024 }), { tables });

describe('tables of cases', () => {
  it('pairs each owner cell with the name after it when a page prints one cell per line, skipping a category cell', () => {
    const c = unseen([
      '经专家评审，最终评选出30个政务公开优秀案例。',
      '类别 |', '单位/地区 |', '案例名称 |',
      '政策 解读 |',
      '江苏省 |', '政策直达一体化平台建设 |',
      '南京市 |', '“宁满意”政策服务专区 |',
      '苏州市 |', '打造“免申即享”政策兑现新模式 |',
    ]);
    expect(c.map((x) => [x.owner, x.title, x.province])).toEqual([
      ['江苏省', '政策直达一体化平台建设', '江苏省'],
      ['南京市', '“宁满意”政策服务专区', '江苏省'],
      ['苏州市', '打造“免申即享”政策兑现新模式', '江苏省'],
    ]);
    expect(c.slice(1).map((x) => x.city)).toEqual(['南京市', '苏州市']);
    expect(c.every((x) => x.shape === 'table')).toBe(true);
  });

  it('reads the owner and name columns of a table printed one row per line, and nothing from a table without a name column', () => {
    const c = unseen([
      '2024年度改革创新优秀案例名单',
      '| 序号 | 案例名称 | 申报单位 |',
      '| 1 | 建设工程“拿地即开工”审批改革 | 宁波市鄞州区 |',
      '| 2 | 县域医共体“两员一中心”模式 | 湖州市德清县 |',
    ]);
    expect(c.map((x) => [x.owner, x.title, x.district])).toEqual([
      ['宁波市鄞州区', '建设工程“拿地即开工”审批改革', '鄞州区'],
      ['湖州市德清县', '县域医共体“两员一中心”模式', '德清县'],
    ]);
    // A table without a name column lists no cases.
    expect(unseen(['各区完成情况', '| 地区 | 完成率 |', '| 越秀区 | 95% |', '| 海珠区 | 93% |'])).toEqual([]);
  });

  it('takes the column beside the owner column as the names in a two-column table under a lead naming a list', () => {
    const c = unseen([
      '《报告》遴选了12个地方典型范例,供各地学习参考。',
      '入选的地方典型范例名单',
      '地 点 | 做 法 |',
      '县级案例 | |',
      '江西婺源 | 以“文旅融合”带动乡村全面振兴 |',
      '湖南浏阳 | 花炮产业转型助力共同富裕 |',
    ]);
    expect(c.map((x) => [x.owner, x.title])).toEqual([
      ['江西婺源', '以“文旅融合”带动乡村全面振兴'],
      ['湖南浏阳', '花炮产业转型助力共同富裕'],
    ]);
    // The same table with nothing around it naming a list of cases, or with values in the other column, lists none.
    expect(unseen(['各地情况如下', '地 点 | 做 法 |', '江西婺源 | 以“文旅融合”带动乡村全面振兴 |', '湖南浏阳 | 花炮产业转型助力共同富裕 |'])).toEqual([]);
    expect(unseen(['入选名单', '地 点 | 得 分 |', '江西婺源 | 95.5分 |', '湖南浏阳 | 93分 |'])).toEqual([]);
  });
});

describe('case forms', () => {
  it('takes the name field (案例：) with the unit field beside it as the owner', () => {
    const c = unseen([
      '以下是入选“2024智慧城市优秀案例”的名单。',
      '单位：常州市大数据管理中心',
      '案例：“常州通”城市服务平台',
      '概述：平台整合全市政务服务事项。',
    ]);
    expect(c.map((x) => [x.owner, x.title, x.city])).toEqual([['常州市大数据管理中心', '“常州通”城市服务平台', '常州市']]);
  });
});
