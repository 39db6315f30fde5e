/**
 * Where a case counts today (pipeline/districts-today.ts): a case a report filed
 * under a former district (萝岗区, merged into 黄埔区 in 2014) keeps the name as
 * written and counts for the successor in districts.json, which names the former
 * district with its count. The report is the fixture bulletin of
 * tests/fixtures/former-district/ beside the seeds.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../scripts/pipeline/index.ts';
import { placeToday } from '../../scripts/pipeline/districts-today.ts';
import { CONTENT_DIR, contentTables, readSeedInput, seedResult } from '../helpers/seeds.ts';
import { readContent } from '../../scripts/read-content.ts';

const BULLETIN = 'luogang-2013-bulletin.txt';
const bytes = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'former-district', BULLETIN));
const seeds = readSeedInput();
const result = runPipeline({ ...seeds, files: [...seeds.files, { name: BULLETIN, bytes }], ...readContent(CONTENT_DIR) });
const { zones } = contentTables();
const place = (district: string | null, city: string | null, owner = '', districtCode: string | null = null) =>
  placeToday([{ district, districtCode, city, owner, title: '', quote: '' }], zones)[0]!;

describe('a case filed under a former district', () => {
  const filed = result.cases.filter((c) => c.document === BULLETIN && c.district === '萝岗区');

  it('keeps the district as the report wrote it, and counts for its successor', () => {
    expect(filed.length).toBeGreaterThan(0);
    for (const c of filed) {
      expect(c).toMatchObject({ district: '萝岗区', districtCode: '440116', districtToday: '黄埔区', districtTodayCode: '440112', districtWritten: '萝岗区', districtWrittenIn: 'owner', year: 2013 });
    }
  });

  it('is counted on the successor in districts.json, which names the former district', () => {
    const before = seedResult().districts.find((d) => d.name === '黄埔区')!;
    const huangpu = result.districts.find((d) => d.name === '黄埔区')!;
    expect(huangpu.total).toBe(before.total + filed.length);
    expect(huangpu.byYear['2013']).toBe(filed.length);
    expect(huangpu.formerNames).toEqual([{ name: '萝岗区', code: '440116', year: 2014, total: filed.length }]);
    expect(result.districts.some((d) => d.name === '萝岗区')).toBe(false);
  });

  it('every case with a district in force counts for one district, and districts.json sums to the cases it counts', () => {
    const counted = result.cases.filter((c) => c.districtTodayCode !== null);
    expect(result.districts.reduce((n, d) => n + d.total, 0)).toBe(counted.length);
  });
});

describe('placeToday', () => {
  it('a district in force counts for itself; written short in the owner, it is kept verbatim', () => {
    expect(place('黄埔区', '广州市', '黄埔区发改局', '440112')).toMatchObject({ districtToday: '黄埔区', districtTodayCode: '440112', districtWritten: '黄埔区', districtWrittenIn: 'owner' });
    expect(place('富阳区', '杭州市', '富阳市场监管局')).toMatchObject({ districtToday: '富阳区', districtWritten: '富阳', districtWrittenIn: 'owner' });
  });

  it('a former division counts for its main successor in its own city', () => {
    expect(place('江干区', '杭州市')).toMatchObject({ districtToday: '上城区', districtTodayCode: '330102' });
    // 重庆's former 双桥区 (now 大足区), not 承德's 双桥区 in force.
    expect(place('双桥区', '重庆市')).toMatchObject({ districtToday: '大足区' });
    expect(place('双桥区', '承德市')).toMatchObject({ districtToday: '双桥区', districtTodayCode: '130802' });
  });

  it('no district, no place today', () => {
    expect(place(null, '广州市')).toMatchObject({ districtToday: null, districtTodayCode: null, districtWritten: null, districtWrittenIn: null });
  });
});
