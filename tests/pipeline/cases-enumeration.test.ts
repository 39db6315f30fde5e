/**
 * Shape "enumeration" (cases-enumeration.ts): cases listed after a subject that names them as cases and a lead
 * (`…的项目是：`, `…项目包括：`, `…案例分别为`), each example written the way award lists and case roundups write them,
 * with a negative beside each positive: a work report's projects, a list of the units or places that won.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { casesOfUnseen } from '../helpers/unseen-cases.ts';
import { contentTables } from '../helpers/seeds.ts';
import { enumeratedItems, namesCases, subjectOf } from '../../scripts/pipeline/cases-enumeration.ts';

const tables = contentTables();
const unseen = (lines: string[]) => casesOfUnseen(lines);
const titles = (lines: string[]) => unseen(lines).map((c) => c.title);
const ctx = { city: null, district: null, tables };

describe('items after a subject naming them as cases and a colon', () => {
  it('takes each 、-separated item up to 等, place and all, with no owner', () => {
    const found = unseen([
      '全省营商环境创新奖揭晓',
      '经专家评审，荣获“2023年度全省营商环境创新奖”的项目有：温州市“一件事一次办”集成改革、湖州市德清县工程建设项目“拿地即开工”、宁波市海曙区企业开办“一网通办”等。',
    ]);
    expect(found.map((c) => [c.owner, c.title])).toEqual([
      ['', '温州市“一件事一次办”集成改革'],
      ['', '湖州市德清县工程建设项目“拿地即开工”'],
      ['', '宁波市海曙区企业开办“一网通办”'],
    ]);
    expect(found.map((c) => c.district ?? c.city)).toEqual(['温州市', '德清县', '海曙区']);
    expect(found.every((c) => c.year === 2023 && c.shape === 'enumeration')).toBe(true);
  });

  it('keeps a comma inside an item and ends the last at the first comma when no 等 closes it', () => {
    expect(titles([
      '基层治理优秀案例发布',
      '入选的基层治理优秀案例包括：成都市武侯区社区微更新,让居民自己定项目、重庆市渝北区“老马工作法”,这些案例将在全省推广。',
    ])).toEqual(['成都市武侯区社区微更新，让居民自己定项目', '重庆市渝北区“老马工作法”']);
  });

  it('reads 分别为 without a colon, and splits the last 和 where a place opens the next item', () => {
    expect(titles([
      '十大典型案例发布',
      '本次发布的基层治理典型案例分别为宁波市海曙区“支部建在小区上”、嘉兴市南湖区“三治融合”和衢州市柯城区“村情通”数字治理。',
    ])).toEqual(['宁波市海曙区“支部建在小区上”', '嘉兴市南湖区“三治融合”', '衢州市柯城区“村情通”数字治理']);
  });
});

describe('lists that are not cases', () => {
  it('takes no case from a work report’s projects (项目 with no selection or kind of case)', () => {
    expect(titles(['2024年政府工作报告', '今年开工的重点项目包括：地铁十号线二期工程、南沙大桥扩建工程和市第一人民医院新院区。'])).toEqual([]);
    // Closed by 等, the list was read by the inline shape, whose subject 项目 now needs the same cue.
    expect(titles(['2024年政府工作报告', '今年开工的重点项目包括：地铁十号线二期工程、南沙大桥扩建工程、市第一人民医院新院区等。'])).toEqual([]);
    expect(titles(['示范项目评选', '今年入选的省级示范项目包括：社区嵌入式养老服务、老旧小区加装电梯“一站式”审批、背街小巷微改造等。'])).toHaveLength(3);
  });

  it('takes no case from a list of the units or places that won', () => {
    expect(titles(['人居环境奖揭晓', '获奖单位包括：威海市人民政府、杭州市园林文物局、厦门市建设局等。'])).toEqual([]);
    expect(titles(['人居环境奖揭晓', '获奖项目包括：杭州市、宁波市、厦门市等。'])).toEqual([]);
  });

  it('takes no case from items that are counts', () => {
    expect(titles(['示范项目建设', '今年省级示范项目包括：新建学校3所、改造道路12公里、新增绿地5.6公顷。'])).toEqual([]);
  });
});

describe('the subject and its cue', () => {
  it('takes the clause before a lead that follows a comma', () => {
    expect(subjectOf('本届共评选出十个创新项目，')).toBe('本届共评选出十个创新项目');
    expect(namesCases('本届共评选出十个创新项目')).toBe(true);
    expect(namesCases('今年的重点项目')).toBe(false);
    expect(namesCases('获奖单位')).toBe(false);
  });
});

describe('properties of the item splitter', () => {
  // Names of Han characters that hold no separator, conjunction or closing word.
  const han = fc.constantFrom(...'城乡社区治理改革创新服务数据平台建设智慧养老医疗教育生态环境'.split(''));
  const name = fc.array(han, { minLength: 4, maxLength: 12 }).map((cs) => cs.join(''));
  it('recovers every name of a 、 list closed by 等, at its offset', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 2, maxLength: 8 }), (names) => {
        const list = `${names.join('、')}等`;
        const items = enumeratedItems(list, ctx);
        expect(items.map((i) => i.text)).toEqual(names);
        for (const i of items) expect(list.slice(i.start, i.start + i.text.length)).toBe(i.text);
      }),
    );
  });
});
