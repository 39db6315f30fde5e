/**
 * Chart titles, notes and district axes follow the datasets: the seeds give
 * the copy that used to be typed by hand (广州11区, 2018—2024, 深圳龙华), and
 * data the seeds do not have (a new year, a district fewer, another
 * comparison city) changes it with no code change.
 */
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/registry.ts';
import { home } from '../../src/charts/common.ts';
import type { ChartData } from '../../src/charts/types.ts';
import { realData } from './helpers.ts';

const data = realData();

describe('chart copy from the data', () => {
  it('over the seeds: 广州11区, 2018—2024, 深圳龙华', () => {
    expect(home(data).city).toBe('广州市');
    expect(home(data).districts.map((d) => d.name)).toEqual(['荔湾区', '越秀区', '海珠区', '天河区', '白云区', '黄埔区', '番禺区', '花都区', '南沙区', '从化区', '增城区']);
    expect(buildChart('district-map', {}, data).title).toBe('改革案例的地理分布：广州11区逐年入选数');
    expect(buildChart('measure-bars', {}, data).subtitle).toBe('2018—2024年各份榜单和报告合计');
    expect(buildChart('measure-bars', {}, data).notes).toContain('只计广州11区；市级部门的案例不归入任何一区。');
    expect(buildChart('domain-mix', { scope: 'all' }, data).notes.join('')).toContain('包含深圳龙华的对照案例');
  });

  it('a case in a new year widens the span', () => {
    const huangpu = data.cases.find((c) => c.district === '黄埔区')!;
    const later: ChartData = { ...data, cases: [...data.cases, { ...huangpu, id: `${huangpu.id}-2026`, year: 2026 }] };
    expect(buildChart('measure-bars', {}, later).subtitle).toBe('2018—2026年各份榜单和报告合计');
  });

  it('the district list and the comparison come from districts.json', () => {
    const fewer: ChartData = { ...data, districts: data.districts.filter((d) => d.name !== '从化区') };
    expect(buildChart('district-map', {}, fewer).title).toContain('广州10区');
    expect(buildChart('measure-bars', {}, fewer).rows.map((r) => r.district)).not.toContain('从化区');
    const foshan = { ...data.districts.find((d) => d.name === '龙华区')!, code: '440606', name: '顺德区', slug: 'shunde', city: '佛山市' };
    const more: ChartData = { ...data, districts: [...data.districts, foshan] };
    expect(buildChart('domain-mix', { scope: 'all' }, more).notes.join('')).toContain('包含深圳龙华、佛山顺德的对照案例');
  });
});
