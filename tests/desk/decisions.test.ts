/**
 * The desk's edits of a review file (scripts/desk/decisions.ts): what an
 * editor wrote by hand stays (comments, order, other entries), each decision
 * lands where the pipeline reads it, opposite decisions replace each other,
 * and nothing the pipeline would refuse is ever written.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DecisionError, applyDecision } from '../../scripts/desk/decisions.ts';
import { parseReview } from '../../scripts/pipeline/reviews.ts';
import { contentTables } from '../helpers/seeds.ts';

const DOC = 'gz-2024-cases';
const { zones } = contentTables();
const decide = (document: string, source: string | null, decision: Parameters<typeof applyDecision>[2]) => applyDecision(document, source, decision, zones);
const HAND_WRITTEN = `# Checked against the printed list, 2026-11-30 (an editor's note)
reject:
  - id: gz-2024-cases-aaaaaaaaaa   # a slogan, not a case
    reason: 口号
edit:
  - id: gz-2024-cases-bbbbbbbbbb
    owner: 市发改委
`;

describe('applyDecision', () => {
  it('starts a new file with a header that says what it is', () => {
    const text = decide(DOC, null, { action: 'add-case', title: '探索“武汉样板”' });
    expect(text).toMatch(/^# Editors' decisions on the report gz-2024-cases/);
    expect(parse(text)).toEqual({ add: [{ title: '探索“武汉样板”' }] });
  });

  it('keeps an editor\'s comments and entries, and adds to the lists they wrote', () => {
    const text = decide(DOC, HAND_WRITTEN, { action: 'reject-case', id: 'gz-2024-cases-cccccccccc' });
    expect(text).toContain('# Checked against the printed list, 2026-11-30');
    expect(text).toContain('# a slogan, not a case');
    expect(parse(text).reject).toEqual([{ id: 'gz-2024-cases-aaaaaaaaaa', reason: '口号' }, { id: 'gz-2024-cases-cccccccccc' }]);
  });

  it('merges a second edit of a case into its first', () => {
    const text = decide(DOC, HAND_WRITTEN, { action: 'edit-case', id: 'gz-2024-cases-bbbbbbbbbb', title: '新标题', district: null });
    expect(parse(text).edit).toEqual([{ id: 'gz-2024-cases-bbbbbbbbbb', owner: '市发改委', title: '新标题', district: null }]);
  });

  it('accepting a rejected case takes the rejection out (and the emptied list with it)', () => {
    const text = decide(DOC, HAND_WRITTEN, { action: 'accept-case', id: 'gz-2024-cases-aaaaaaaaaa' });
    expect(parse(text)).toEqual({ edit: [{ id: 'gz-2024-cases-bbbbbbbbbb', owner: '市发改委' }], accept: [{ id: 'gz-2024-cases-aaaaaaaaaa' }] });
  });

  it('undoes one decision', () => {
    const text = decide(DOC, HAND_WRITTEN, { action: 'undo', list: 'edit', key: 'gz-2024-cases-bbbbbbbbbb' });
    expect(parse(text)).toEqual({ reject: [{ id: 'gz-2024-cases-aaaaaaaaaa', reason: '口号' }] });
    expect(() => decide(DOC, HAND_WRITTEN, { action: 'undo', list: 'accept', key: 'nope' })).toThrow(DecisionError);
  });

  it('rejects a figure under figures, and fixes metadata field by field', () => {
    let text = decide(DOC, HAND_WRITTEN, { action: 'reject-figure', id: 'gz-2024-cases-f-1a2b3c4d5e', reason: '页面时间戳' });
    text = decide(DOC, text, { action: 'metadata', district: null, date: '2024-05-01' });
    text = decide(DOC, text, { action: 'metadata', title: '2024年改革案例' });
    expect(parse(text)).toMatchObject({ figures: { reject: [{ id: 'gz-2024-cases-f-1a2b3c4d5e', reason: '页面时间戳' }] }, metadata: { district: null, date: '2024-05-01', title: '2024年改革案例' } });
    text = decide(DOC, text, { action: 'undo', list: 'figures.reject', key: 'gz-2024-cases-f-1a2b3c4d5e' });
    text = decide(DOC, text, { action: 'undo', list: 'metadata', key: 'date' });
    expect(parse(text).figures).toBeUndefined();
    expect(parse(text).metadata).toEqual({ district: null, title: '2024年改革案例' });
    expect(() => decide(DOC, text, { action: 'metadata', district: '黄浦区区' })).toThrow(/district/);
  });

  it('every file it writes is one the pipeline reads without a problem', () => {
    let text: string | null = null;
    for (const decision of [
      { action: 'reject-case', id: 'gz-2024-cases-1111111111', reason: '荣誉' },
      { action: 'accept-case', id: 'unseen-2222222222' },
      { action: 'add-case', title: '派潭“村晚”', owner: '增城区' },
      { action: 'edit-case', id: 'gz-2024-cases-3333333333', year: 2023 },
    ] as const) text = decide(DOC, text, decision);
    expect(parseReview({ file: 'r.yaml', source: text! }, zones).problems).toEqual([]);
  });

  it('refuses to edit a file that is not valid YAML, or to write one the pipeline would refuse', () => {
    expect(() => decide(DOC, 'reject: [', { action: 'accept-case', id: 'gz-1234567' })).toThrow(/not valid YAML/);
    expect(() => decide(DOC, 'rejekt: []\n', { action: 'accept-case', id: 'gz-1234567' })).toThrow(/^content\/reviews\/gz-2024-cases\.yaml:1: rejekt: /);
  });
});

describe('a district the desk cannot place', () => {
  const edit = (district: string) => () => decide(DOC, HAND_WRITTEN, { action: 'edit-case', id: 'gz-2024-cases-bbbbbbbbbb', district });
  const refusal = (district: string) => {
    try {
      edit(district)();
    } catch (error) {
      expect(error).toBeInstanceOf(DecisionError);
      return (error as Error).message;
    }
    throw new Error(`${district} was accepted`);
  };

  it('is refused with the home city\'s district first, then others of the country, each with why (黄铺区)', () => {
    const message = refusal('黄铺区');
    expect(message).toContain('所在区“黄铺区”');
    // Shanghai's 黄浦区, 黄山区, 黄岛区 … are one character away too: the home city's comes first.
    expect(message).toMatch(/可能是：黄埔区（网站主城市广州市的区）；黄.区（.+市的区）；黄.区（.+市的区）。/);
  });

  it('suggests a former district after the home city\'s, with its change and successor (萝港区 for 萝岗区)', () => {
    expect(refusal('萝港区')).toContain('萝岗区（广州市的旧区名，2014年区划调整后今属黄埔区）');
    // The former name itself is a district the pipeline places (it counts for 黄埔区), as is one in force.
    expect(parse(edit('萝岗区')()).edit).toContainEqual(expect.objectContaining({ district: '萝岗区' }));
    expect(() => edit('黄埔区')()).not.toThrow();
  });
});
