import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { classify as classifyWith, domainInfo } from '../../scripts/pipeline/domains.ts';
import type { Taxonomy } from '../../scripts/pipeline/tables.ts';
import { contentTables } from '../helpers/seeds.ts';

const TAXONOMY = contentTables().taxonomy;
const classify = (input: { title: string; body: string }, taxonomy: Taxonomy = TAXONOMY) => classifyWith(input, taxonomy);

const DOMAINS = ['营商环境', '社会治理', '民生服务', '教育', '医疗卫生', '养老托育', '乡村振兴', '生态治水', '党建', '法治司法', '科技创新与知识产权', '对外开放与湾区', '数字政府', '城市更新', '文化'];

describe('taxonomy (content/taxonomy.json)', () => {
  it('has the fifteen domains of the issue, each with keywords', () => {
    expect(TAXONOMY.domains.map((d) => d.name)).toEqual(DOMAINS);
    for (const d of TAXONOMY.domains) expect(Object.keys(d.keywords).length).toBeGreaterThan(5);
  });

  it('uses icons that exist in the tabler set', () => {
    const icons = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@iconify-json/tabler/icons.json'), 'utf8'));
    for (const d of TAXONOMY.domains) {
      const name = d.icon.replace(/^tabler:/, '');
      expect(icons.icons[name] ?? icons.aliases?.[name], d.icon).toBeDefined();
    }
    expect(domainInfo('教育', TAXONOMY)?.icon).toBe('tabler:school');
  });
});

describe('classify', () => {
  it.each([
    ['全省率先开启“掌上治水” 让河长制“有名”更“有实”', '生态治水'],
    ['大胆改革放宽办园规模门槛 率先试点微小型幼儿园', '教育'],
    ['“先看病、后付费、免排队”就医无感支付解民忧', '医疗卫生'],
    ['创新长者饭堂，陪伴三餐四季', '养老托育'],
    ['派潭“村晚”，以小活动激活乡村大价值', '乡村振兴'],
    ['港澳居民税费政策快享“规则转换桥”', '对外开放与湾区'],
    ['深化“数字政府”改革', '数字政府'],
    ['巧用智慧法院建设成果破解“送达难”', '法治司法'],
  ])('%s -> %s', (title, domain) => {
    expect(classify({ title, body: '' }).domain).toBe(domain);
  });

  it('records the keywords that decided, strongest first', () => {
    const c = classify({ title: '全省率先开启“掌上治水”', body: '广州河长管理信息系统正式运行。' });
    expect(c.domain).toBe('生态治水');
    expect(c.keywords[0]).toBe('治水');
    expect(c.keywords).toContain('河长');
  });

  it('weighs the headline above the body', () => {
    expect(classify({ title: '托育服务网络', body: '医疗 医疗资源 卫生' }).domain).toBe('养老托育');
  });

  it('falls back, with no keywords, when nothing matches', () => {
    expect(classify({ title: '推动实施综合授权试点', body: '' })).toEqual({ domain: TAXONOMY.fallback, keywords: [], score: 0 });
  });

  it('gives a tie to the domain listed first', () => {
    const t: Taxonomy = { titleFactor: 3, fallback: 'A', domains: [
      { name: 'A', label: 'a', icon: 'tabler:a', keywords: { 甲: 1 } },
      { name: 'B', label: 'b', icon: 'tabler:b', keywords: { 乙: 1 } },
    ] };
    expect(classify({ title: '乙甲', body: '' }, t).domain).toBe('A');
  });
});
