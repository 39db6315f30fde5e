/**
 * Reform cases: per seed, the cases found against expectations written by
 * hand from the texts; then reports the pipeline has never seen, written
 * here in the same shapes; then id stability.
 */
import { describe, expect, it } from 'vitest';
import { contentTables, seedDocument, seedResult } from '../helpers/seeds.ts';
import { report } from '../helpers/report.ts';
import { buildDocument, type DocumentRecord } from '../../scripts/pipeline/document.ts';
import type { DocumentMeta } from '../../scripts/pipeline/manifest.ts';
import { buildDistricts, extractCases, extractCasesConsidered } from '../../scripts/pipeline/cases.ts';
import { placeToday } from '../../scripts/pipeline/districts-today.ts';

const tables = contentTables();
const cases = (key: string) => extractCases(seedDocument(key), { tables });
const pluck = <K extends keyof ReturnType<typeof cases>[number]>(key: string, field: K) => cases(key).map((c) => c[field]);

describe('001: the 2018 ten cases (owner line, then headline)', () => {
  it('finds the ten owners in order, with districts where they have one', () => {
    expect(cases('001').map((c) => [c.owner, c.district])).toEqual([
      ['中共广州市委政法委', null],
      ['国家税务总局广州市黄埔区（广州开发区）税务局', '黄埔区'],
      ['广州市发改委', null],
      ['广州市水务局', null],
      ['广州市人大常委会教育科学文化卫生工委', null],
      ['增城区委区政府', '增城区'],
      ['中共广州市委统战部', null],
      ['海珠区投资促进局', '海珠区'],
      ['广州市中级人民法院', null],
      ['天河区教育局', '天河区'],
    ]);
  });

  it('takes the headline, the year and the list the title names', () => {
    const c = cases('001');
    expect(c[0]!.title).toBe('创新打造“广州街坊”平台 凝聚百万市民参与社会治理');
    expect(c[3]!.title).toBe('全省率先开启“掌上治水” 让河长制“有名”更“有实”');
    expect(new Set(pluck('001', 'year'))).toEqual(new Set([2018]));
    expect(new Set(pluck('001', 'list'))).toEqual(new Set(['十大改革创新案例']));
    expect(pluck('001', 'shape').every((s) => s === 'owner-line')).toBe(true);
  });

  it('keeps lead-in lines inside a case and leaves the byline out', () => {
    const doc = seedDocument('001');
    const fgw = cases('001')[2]!;
    expect(doc.text.slice(fgw.start, fgw.end)).toContain('三项国家级试点阶段性完成：');
    expect(doc.text.slice(fgw.start, fgw.end)).toContain('推进国家临空经济示范区建设');
    const last = cases('001')[9]!;
    expect(doc.text.slice(last.start, last.end)).not.toContain('统筹/采写');
    expect(doc.text.slice(last.start, last.end)).toContain('实行一票否决。');
  });
});

describe('003: the 2024 lists (owner：headline, slogan, paragraph)', () => {
  it('finds sixteen cases in two lists named by the text', () => {
    const c = cases('003');
    expect(c.map((x) => x.owner)).toEqual([
      '市发改委', '市公安局', '市人大常委会', '市卫生健康委', '市规划和自然资源局', '市医保局', '中共广州市委组织部', '黄埔区', '南沙区', '花都区',
      '市教育局', '越秀区', '天河区', '荔湾区', '白云区三元里街', '增城区',
    ]);
    expect(c.map((x) => x.list)).toEqual([...Array(10).fill('最具获得感'), ...Array(6).fill('最佳小切口微实事')]);
    expect(new Set(c.map((x) => x.year))).toEqual(new Set([2024]));
  });

  it('normalizes owners and places the street case in its district', () => {
    const c = cases('003');
    expect(c[0]).toMatchObject({ ownerFull: '广州市发展和改革委员会', level: 'city', district: null, title: '信用破解经营主体电、水、气等公共服务办理难题' });
    expect(c[5]).toMatchObject({ ownerFull: '广州市医疗保障局', domain: '医疗卫生' });
    expect(c[14]).toMatchObject({ ownerFull: '广州市白云区三元里街道', level: 'street', district: '白云区', street: '三元里街道' });
    expect(c[15]).toMatchObject({ district: '增城区', level: 'district', domain: '乡村振兴' });
    expect(c[15]!.places).toContain('派潭镇');
  });

  it('ends a case where the next list heading starts', () => {
    const doc = seedDocument('003');
    expect(doc.text.slice(cases('003')[9]!.start, cases('003')[9]!.end)).not.toContain('最佳小切口微实事');
  });
});

describe('000: the 2019 review (paragraphs and sentences led by a district)', () => {
  const GRASSROOTS = ['越秀区', '海珠区', '荔湾区', '天河区', '白云区', '黄埔区', '番禺区', '增城区', '从化区', '花都区', '南沙区'];

  it('finds the eleven grassroots projects, one per district, in order', () => {
    const lead = cases('000').filter((c) => c.shape === 'district-lead');
    expect(lead.map((c) => c.district)).toEqual(GRASSROOTS);
    expect(lead[0]!.title).toBe('越秀区创新社区嵌入式养老模式');
    // 湾区 inside 荔湾区 is a place name, not the Greater Bay Area.
    expect(lead[2]!.domain).toBe('城市更新');
    expect(lead[10]!.title).toBe('南沙区率先试行商事登记确认制');
    expect(new Set(lead.map((c) => c.list))).toEqual(new Set(['基层改革创新项目']));
  });

  it('adds the district pilots named elsewhere, and the three Nansha practices the text says were selected', () => {
    const pilots = cases('000').filter((c) => c.shape === 'district-pilot');
    expect(pilots.map((c) => c.title)).toEqual(['黄埔区试点上线“商事服务区块链平台”', '南沙区出台国内首个制度创新促进办法']);
    const selected = cases('000').filter((c) => c.shape === 'inline');
    expect(selected.map((c) => [c.title, c.district])).toEqual([
      ['跨境电商监管新模式', '南沙区'], ['企业专属网页政务服务模式', '南沙区'], ['智能化地方金融风险监测防控平台', '南沙区'],
    ]);
    expect(cases('000')).toHaveLength(16);
    expect(new Set(pluck('000', 'year'))).toEqual(new Set([2019]));
  });
});

describe('002: the Huangpu summary (enumeration 一是…十是)', () => {
  it('takes the ten items of the work-done section only', () => {
    const doc = seedDocument('002');
    const c = cases('002');
    expect(c).toHaveLength(10);
    expect(c[0]!.title).toBe('率先推动体制机制创新');
    expect(c[9]!.title).toBe('率先推进党的建设制度改革');
    const lessons = doc.text.indexOf('二、工作体会');
    expect(c.every((x) => x.end <= lessons)).toBe(true);
  });

  it('gives every item to 黄埔区 in 2020', () => {
    for (const c of cases('002')) expect(c).toMatchObject({ owner: '黄埔区', district: '黄埔区', city: '广州市', level: 'district', year: 2020, shape: 'numbered' });
  });
});

describe('004: the Longhua work plan (domain sections listing tasks)', () => {
  it('takes the 36 tasks the text names, section by section', () => {
    const doc = seedDocument('004');
    const c = cases('004');
    expect(c).toHaveLength(36);
    const sizes = new Map<number, number>();
    for (const x of c) {
      const para = doc.paragraphs.find((p) => p.start <= x.start && x.end <= p.end)!.index;
      sizes.set(para, (sizes.get(para) ?? 0) + 1);
    }
    expect([...sizes.values()]).toEqual([4, 11, 5, 2, 6, 4, 4]);
  });

  it('reads tasks as the text writes them', () => {
    const titles = pluck('004', 'title');
    expect(titles).toContain('深化科技创新改革');
    expect(titles).toContain('推动实施综合授权改革试点');
    expect(titles).toContain('构建“不忘初心，牢记使命”制度长效落实机制');
    expect(titles).toContain('文体设施建设运营管理模式改革');
    expect(titles.at(-1)).toBe('健全纪检监察监督工作机制改革');
  });

  it('owns them by 龙华区 of 深圳市, with the manifest list', () => {
    for (const c of cases('004')) expect(c).toMatchObject({ owner: '龙华区', ownerFull: '深圳市龙华区', city: '深圳市', district: '龙华区', districtCode: '440309', list: '改革工作要点', year: 2020 });
  });
});

describe('every seed', () => {
  const all = seedResult().documents.flatMap((d) => extractCases(d, { tables }).map((c) => ({ c, d })));

  it('gives unique ids and spans inside the text, sorted by start', () => {
    expect(new Set(all.map(({ c }) => c.id)).size).toBe(all.length);
    for (const { c, d } of all) {
      expect(c.start).toBeLessThan(c.end);
      expect(d.text.slice(c.start, c.end + 1)).toContain(c.title.slice(0, 4));
      expect(d.text.slice(c.start, c.end + 1).length).toBeGreaterThan(0);
      expect(c.figures).toEqual([]);
    }
    for (const d of seedResult().documents) {
      const starts = extractCases(d, { tables }).map((c) => c.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('records the keywords that decided each domain', () => {
    for (const { c } of all) {
      if (c.domain !== tables.taxonomy.fallback) expect(c.domainKeywords.length).toBeGreaterThan(0);
      expect(tables.taxonomy.domains.map((t) => t.name)).toContain(c.domain);
    }
  });
});

describe('districts.json', () => {
  const all = placeToday(seedResult().documents.flatMap((d) => extractCases(d, { tables })), tables.zones);

  it('lists the eleven Guangzhou districts even without cases, sorted by code', () => {
    const districts = buildDistricts([], tables.zones);
    expect(districts).toHaveLength(11);
    expect(districts.every((d) => d.total === 0 && d.city === '广州市')).toBe(true);
  });

  it('adds other cities\' districts that have cases and counts by year, list and domain', () => {
    const districts = buildDistricts(all, tables.zones);
    expect(districts.map((d) => d.code)).toEqual([...districts.map((d) => d.code)].sort());
    expect(districts.at(-1)).toMatchObject({ code: '440309', name: '龙华区', slug: 'longhua', city: '深圳市', total: 36, byYear: { '2020': 36 }, byList: { 改革工作要点: 36 } });
    const huangpu = districts.find((d) => d.name === '黄埔区')!;
    // 001: tax bureau; 000: lead and pilot; 002: ten items; 003: one case.
    expect(huangpu.total).toBe(14);
    expect(huangpu.byYear).toEqual({ '2018': 1, '2019': 2, '2020': 10, '2024': 1 });
    expect(Object.values(huangpu.byDomain).reduce((a, b) => a + b, 0)).toBe(14);
  });
});

/** A report the project has never seen, through the same normalization as the seeds. */
describe('reports never seen', () => {
  it('owner lines with numbers, a town owner, an organisation without a place and a byline', () => {
    const doc = report([
      '2021年度改革创新榜十大改革创新案例揭晓',
      '今年的榜单共收到候选案例80余件，经专家评审，十个案例入选。',
      '1.广州市人力资源和社会保障局',
      '全国首创“技能人才积分制” 打通技能人才成长通道',
      '广州市在全国率先推行技能人才积分制，累计为3万名技能人才落户提供便利。',
      '2.番禺区石楼镇',
      '村级工程“阳光招标” 让村务更透明',
      '石楼镇建立村级工程招投标统一平台，实现村级工程项目全流程公开。',
      '3.市委编办',
      '创新事业单位绩效改革',
      '推行事业单位绩效考核改革，覆盖全市1200家事业单位。',
      '4.南方电网广东广州供电局',
      '“获得电力”改革 报装时间压缩至5天',
      '供电局推行低压小微企业“零投资”接电，报装时间压缩至5天。',
      '责任编辑：张三',
    ].join('\n'), {});
    const c = extractCases(doc, { tables });
    expect(c.map((x) => [x.owner, x.level, x.district])).toEqual([
      ['广州市人力资源和社会保障局', 'city', null],
      ['番禺区石楼镇', 'town', '番禺区'],
      ['市委编办', 'city', null],
      ['南方电网广东广州供电局', 'other', null],
    ]);
    expect(c[2]!.ownerFull).toBe('中共广州市委机构编制委员会办公室');
    expect(c.map((x) => x.list)).toEqual(Array(4).fill('十大改革创新案例'));
    expect(c[3]!.city).toBe('广州市');
    expect(doc.text.slice(c[3]!.start, c[3]!.end)).not.toContain('责任编辑');
  });

  it('owner：headline lines under list headings', () => {
    const doc = report([
      '广州发布2023年度改革案例',
      '“群众满意”改革案例',
      '市人社局：零工市场“一站式”服务让求职更便捷',
      '就业有门 服务到家',
      '市人力资源和社会保障局建成零工市场12个，服务求职者5万人次。',
      '从化区：“民宿+”带动山村共富',
      '山村焕新 民宿兴旺',
      '从化区推动民宿集群发展，带动村民增收。',
      '“基层首创”改革案例',
      '海珠区琶洲街：楼宇党建联盟服务企业',
      '楼宇党建 服务企业',
      '琶洲街成立楼宇党建联盟，联系企业300家。',
    ].join('\n'), { year: 2023 });
    const c = extractCases(doc, { tables });
    expect(c.map((x) => [x.owner, x.list, x.district])).toEqual([
      ['市人社局', '群众满意', null],
      ['从化区', '群众满意', '从化区'],
      ['海珠区琶洲街', '基层首创', '海珠区'],
    ]);
    expect(c[0]!.ownerFull).toBe('广州市人力资源和社会保障局');
    expect(c[2]).toMatchObject({ level: 'street', street: '琶洲街道', domain: '党建' });
  });

  const summary = [
    '番禺区全面深化改革工作总结',
    '一、工作成效',
    '（一）深化营商环境改革',
    '番禺区推行商事登记“全程网办”，企业开办时间压缩至1天。',
    '（二）推进城市更新',
    '完成旧村改造项目3个，改造面积120万平方米。',
    '二、存在问题',
    '一是改革系统集成不够。部分改革举措协同不足。',
    '二是基层创新动力不足。个别单位改革意识不强。',
    '三、下一步工作打算',
    '一是深化数字政府改革。推进政务服务一网通办。',
    '二是推进乡村振兴改革。深化农村集体产权制度改革。',
  ].join('\n');

  it('section headings of a narrative summary are not cases: no cue says so', () => {
    const doc = report(summary, { region: { city: '广州市', district: '番禺区' }, kind: 'summary', list: '番禺区改革工作总结' });
    const { cases: c, considered } = extractCasesConsidered(doc, { tables });
    expect(c).toEqual([]);
    expect(considered.filter((x) => x.status === 'below-threshold').map((x) => x.title)).toContain('深化营商环境改革');
  });

  it('numbered items of a district summary count when they claim a first, each with its paragraphs', () => {
    const doc = report(summary.replace('（一）深化营商环境改革', '（一）率先深化营商环境改革').replace('（二）推进城市更新', '（二）率先推进城市更新'), {
      region: { city: '广州市', district: '番禺区' }, kind: 'summary', list: '番禺区改革工作总结',
    });
    const c = extractCases(doc, { tables });
    expect(c.map((x) => [x.title, x.owner, x.district])).toEqual([
      ['率先深化营商环境改革', '番禺区', '番禺区'],
      ['率先推进城市更新', '番禺区', '番禺区'],
    ]);
    expect(doc.text.slice(c[0]!.start, c[0]!.end)).toContain('企业开办时间压缩至1天');
  });

  it('numbered plans count in a work plan, lessons and section headings never', () => {
    const doc = report(summary, { region: { city: '广州市', district: '番禺区' }, kind: 'work-plan' });
    expect(extractCases(doc, { tables }).map((x) => x.title)).toEqual(['深化数字政府改革', '推进乡村振兴改革']);
  });

  it('tasks of a work plan\'s domain sections, not its lists of means', () => {
    const doc = report([
      '花都区2021年改革工作要点',
      '深化营商环境领域改革。围绕市场主体需求，持续推进“一网通办”改革、深化工程建设项目审批制度改革、探索“证照分离”改革全覆盖等。',
      '深化社会领域改革。加快推进基层治理体系改革、完善社区养老服务机制等。',
      '强化组织保障。加强统筹协调、压实工作责任等。',
    ].join('\n'), { region: { city: '广州市', district: '花都区' }, kind: 'work-plan', list: '改革工作要点' });
    const c = extractCases(doc, { tables });
    expect(c.map((x) => x.title)).toEqual(['推进“一网通办”改革', '深化工程建设项目审批制度改革', '探索“证照分离”改革全覆盖', '加快推进基层治理体系改革', '完善社区养老服务机制']);
    expect(new Set(c.map((x) => x.district))).toEqual(new Set(['花都区']));
    expect(c[4]!.domain).toBe('养老托育');
  });

  it('districts leading paragraphs or naming a pilot in a city report; its own district never', () => {
    const text = [
      '广州市上半年改革工作回顾',
      '各区积极探索，涌现出一批基层改革创新项目。',
      '荔湾区探索老旧小区“微改造”新模式，完成改造小区20个。',
      '从化区：创新生态产品价值实现机制，建成示范点3个。',
      '海珠区投资促进局推出“招商服务专员”制度，服务企业500家。',
      '全市推进“数字政府”建设。番禺区率先上线“一网统管”平台，实现城市运行一屏统览。白云区是人口大区。',
    ].join('\n');
    const c = extractCases(report(text, { kind: 'summary', list: '基层改革创新项目' }), { tables });
    expect(c.map((x) => [x.owner, x.district, x.shape])).toEqual([
      ['荔湾区', '荔湾区', 'district-lead'],
      ['从化区', '从化区', 'district-lead'],
      ['海珠区投资促进局', '海珠区', 'district-lead'],
      ['番禺区', '番禺区', 'district-pilot'],
    ]);
    const own = extractCases(report(text, { kind: 'summary', region: { city: '广州市', district: '荔湾区' } }), { tables });
    expect(own.map((x) => x.owner)).not.toContain('荔湾区');
  });
});

describe('a seed without its manifest entry', () => {
  it('still finds the cases, with the city and lists the text names', () => {
    const seed = seedDocument('003');
    const doc = buildDocument(seed.file, new TextEncoder().encode(seed.original), undefined, [], tables);
    const c = extractCases(doc, { tables });
    expect(c).toHaveLength(16);
    expect(c[0]).toMatchObject({ ownerFull: '广州市发展和改革委员会', city: '广州市', list: '最具获得感' });
    expect(c.map((x) => x.id)).toEqual(cases('003').map((x) => x.id.replace(seed.id, doc.id)));
  });
});

describe('stable ids', () => {
  const doc = seedDocument('001');

  it('are the same on a second run', () => {
    expect(extractCases(doc, { tables }).map((c) => c.id)).toEqual(extractCases(doc, { tables }).map((c) => c.id));
  });

  it('survive a change to an unrelated rule (the domain taxonomy)', () => {
    const taxonomy = { ...tables.taxonomy, domains: tables.taxonomy.domains.map((d) => ({ ...d, keywords: { [d.name]: 1 } })) };
    const before = extractCases(doc, { tables });
    const after = extractCases(doc, { tables: { ...tables, taxonomy } });
    expect(after.map((c) => c.domain)).not.toEqual(before.map((c) => c.domain));
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
  });

  it('survive text added around the cases (spans move, ids do not)', () => {
    const meta = { ...doc, file: doc.file } as DocumentMeta;
    const edited = buildDocument(doc.file, new TextEncoder().encode(`编者按：本文有删节。\n${doc.original}\n（完）`), meta, [], tables);
    const before = extractCases(doc, { tables });
    const after = extractCases(edited, { tables });
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(after[0]!.start).toBeGreaterThan(before[0]!.start);
  });

  it('change when the owner or the headline changes', () => {
    const edited = buildDocument(doc.file, new TextEncoder().encode(doc.original.replace('广州市水务局\n', '广州市水务局、广州市河长办\n')), doc as DocumentMeta, [], tables);
    const ids = new Set(extractCases(doc, { tables }).map((c) => c.id));
    expect(extractCases(edited, { tables }).filter((c) => !ids.has(c.id)).map((c) => c.owner)).toEqual(['广州市水务局、广州市河长办']);
  });
});
