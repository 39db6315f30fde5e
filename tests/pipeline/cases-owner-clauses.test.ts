/**
 * `owner：title` entries run together inside one sentence, separated by `；`, as a news item prints a list of cases
 * (`…典型案例分别为,和平区:…;红桥区:…;…`): a list of cases when three or more clauses in a row read so and the text
 * around them names a list; a task list of a plan in the same shape is not.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../helpers/report.ts';
import { contentTables } from '../helpers/seeds.ts';
import { extractCases } from '../../scripts/pipeline/cases.ts';

const tables = contentTables();
const unseen = (lines: string[]) =>
  extractCases(report(lines.join('\n'), { region: { city: null, district: null }, kind: 'unknown', year: 2024 }), { tables });

describe('owner：title clauses inside one sentence', () => {
  it('reads each clause of a list of cases as a case with its owner', () => {
    const c = unseen([
      '昨天,省民政厅公布2023年度社区治理创新典型案例名单,共5个案例榜上有名。',
      '此次公布的5个典型案例分别为,鼓楼区:推行“邻里议事会”,激活居民自治;仓山区:打造“15分钟便民服务圈”;晋安区新店镇:积分管理助推乡村善治。',
    ]);
    expect(c.map((x) => [x.owner, x.title, x.district])).toEqual([
      ['鼓楼区', '推行“邻里议事会”，激活居民自治', '鼓楼区'],
      ['仓山区', '打造“15分钟便民服务圈”', '仓山区'],
      ['晋安区新店镇', '积分管理助推乡村善治', '晋安区'],
    ]);
  });

  it('reads no case from two clauses, or from clauses of a plan with nothing naming a list of cases', () => {
    const lead = '昨天,省民政厅公布2023年度社区治理创新典型案例名单。';
    expect(unseen([lead, '其中,鼓楼区:推行“邻里议事会”,激活居民自治;仓山区:打造“15分钟便民服务圈”。'])).toEqual([]);
    expect(unseen(['各项工作分工如下。', '具体分工为,鼓楼区:做好老旧小区改造;仓山区:做好道路养护;晋安区:做好河道清淤。'])).toEqual([]);
  });
});
