/**
 * A story's `:stat[…]{district=…}` accepted only the districts in force: a story about 萝岗区 (merged into
 * 黄埔区 in 2014) could not name it, although its cases count for 黄埔区 on every page. A former name that
 * districts.json lists (here after an editor's write-up filed under 萝岗区: tests/fixtures/former-writeup/)
 * is accepted and counts what 黄埔区 counts; an unknown name still fails, naming the valid ones.
 */
import { describe, expect, it } from 'vitest';
import { statProvider } from '../../src/lib/stats.ts';
import { withFormerWriteup } from '../helpers/former-writeup.ts';

const r = withFormerWriteup();
const stats = statProvider({ documents: r.documents, cases: r.cases, figures: r.figures, districts: r.districts, corrections: r.corrections });

describe(':stat with a former district', () => {
  it('accepts 萝岗区 and counts 黄埔区, saying why in the formula', () => {
    expect(stats.validate('cases', { district: '萝岗区' })).toEqual([]);
    const luogang = stats.compute('cases', { district: '萝岗区', year: '2018' });
    expect(luogang.value).toBe(stats.compute('cases', { district: '黄埔区', year: '2018' }).value);
    expect(Number(luogang.value)).toBeGreaterThan(0);
    expect(luogang.formula).toMatch(/萝岗区是2014年区划调整前的区名，辖域今属黄埔区/);
    expect(stats.compute('reports', { district: '萝岗区' }).value).toBe(stats.compute('reports', { district: '黄埔区' }).value);
  });

  it('refuses an unknown name, listing the districts and the former names, with the nearest', () => {
    expect(stats.validate('cases', { district: '萝港区' })).toEqual([expect.stringMatching(/^Unknown district "萝港区"\. Expected: one of 荔湾区, .*, or a former name cases were filed under \(萝岗区: .*\)\. Did you mean "萝岗区"\?$/)]);
  });
});
