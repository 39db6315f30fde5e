/**
 * Case shapes of the blind set 78+ (tests/fixtures/reports/README.md, "Work on the blind set 78+"), each on short
 * texts written the way such reports write them, with a negative beside each positive.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../helpers/report.ts';
import { contentTables } from '../helpers/seeds.ts';
import { extractCases } from '../../scripts/pipeline/cases.ts';

const tables = contentTables();
const unseen = (lines: string[]) =>
  extractCases(report(lines.join('\n'), { region: { city: null, district: null }, kind: 'unknown', year: null, period: { start: '', end: '', label: '' } }), { tables });
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
