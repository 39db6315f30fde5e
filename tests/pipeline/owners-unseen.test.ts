/**
 * Owners of reports the pipeline has never seen (tests/fixtures/reports/, read without a manifest entry): a
 * district written short after its city written short (北京怀柔, 天津北辰双街), a district written short alone where
 * the position says owner (杨浦“…”入选), and a province's body, whose case is province-wide and never in the
 * report's city.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../scripts/pipeline/document.ts';
import { extractCases } from '../../scripts/pipeline/cases.ts';
import { normalizeOwner } from '../../scripts/pipeline/owners.ts';
import { provinceOfCity } from '../../scripts/pipeline/places.ts';
import { REPORTS_DIR } from '../../scripts/bench/report-corpus.ts';
import { report } from '../helpers/report.ts';
import { contentTables } from '../helpers/seeds.ts';

const tables = contentTables();
const reports = readdirSync(REPORTS_DIR).filter((n) => /^\d{2,3}-.*\.txt$/.test(n));
const casesOf = (name: string) => extractCases(buildDocument(name, new Uint8Array(readFileSync(join(REPORTS_DIR, name))), undefined, [], tables), { tables });
const corpusCases = (prefix: string) => casesOf(reports.find((n) => n.startsWith(prefix))!);

describe('owners written short', () => {
  it('35: `01-北京懷柔:` and `02-天津北辰雙街:` are owners, with district, street and city', () => {
    expect(corpusCases('35-').map((c) => [c.owner, c.ownerFull, c.district, c.street, c.city, c.province])).toEqual([
      ['北京怀柔', '北京市怀柔区', '怀柔区', null, '北京市', '北京市'],
      ['天津北辰双街', '天津市北辰区双街镇', '北辰区', '双街镇', '天津市', '天津市'],
    ]);
  });

  it('03: a district written short before the quoted name it put forward (杨浦“…”成功入选…典型案例)', () => {
    expect(corpusCases('03-').map((c) => [c.owner, c.title, c.district])).toEqual([['杨浦', '发挥区域创新优势打造数字经济产业集群', '杨浦区']]);
  });
});

describe('a province’s body is province-wide', () => {
  it('names its province, no city, whatever the report’s city', () => {
    for (const [written, city, province] of [['湖北省人力资源和社会保障厅', '武汉市', '湖北省'], ['省发展改革委', '广州市', '广东省'], ['山东省', '重庆市', '山东省']] as const) {
      expect(normalizeOwner(written, { city, tables })).toMatchObject({ city: null, district: null, province, aboveCity: true });
    }
    expect(normalizeOwner('湖北省武汉市青山区', { city: '武汉市', tables })).toMatchObject({ city: '武汉市', district: '青山区', aboveCity: false });
  });

  it('a case of a province’s body does not stand in the report’s city (a Wuhan report)', () => {
    const text = ['湖北改革奖（项目奖）候选项目简介', '探索科技成果转化的“武汉样板”', '（武汉市委全面深化改革委员会推荐）', '武汉市创造性设立科技成果转化局。', '推行社会保险“一网通办”', '（湖北省人力资源和社会保障厅推荐）', '全省社保业务实现网上办理。'];
    const cases = extractCases(report(text.join('\n'), { region: { city: '武汉市', district: null }, kind: 'unknown' }), { tables });
    expect(cases.map((c) => [c.owner, c.city, c.province])).toEqual([['武汉市委全面深化改革委员会', '武汉市', '湖北省'], ['湖北省人力资源和社会保障厅', null, '湖北省']]);
  });

  it('28: the case of 山东省 in a list whose report is guessed to be about 重庆市 has no city; every corpus case’s city lies in its province', () => {
    const shandong = corpusCases('28-').find((c) => c.owner === '山东省')!;
    expect([shandong.city, shandong.province]).toEqual([null, '山东省']);
    const wrong = reports.flatMap((name) => casesOf(name).filter((c) => c.city && c.province && provinceOfCity(c.city) !== c.province).map((c) => `${name}: ${c.owner} ${c.city} ${c.province}`));
    expect(wrong).toEqual([]);
  });
});
