/**
 * The corpus scorer's matching rules on small hand-made inputs, so a scoring bug cannot
 * hide behind the real corpus's numbers.
 */
import { describe, expect, it } from 'vitest';
import { type ExpectedDocument, checkAgainstText, parseExpected } from '../../scripts/bench/corpus-expected.ts';
import { type FoundDocument, scoreDocument, titlesMatch } from '../../scripts/bench/score-corpus.ts';
import { belowFloor, floorFrom } from '../../scripts/bench/score-floor.ts';

const TEXT = '2023年,全区共79个项目参评,评选出“智慧政务改革”。另有79个项目排名第1。';

function expected(over: Partial<ExpectedDocument> = {}): ExpectedDocument {
  return {
    cases: [{ title: '智慧政务改革', owner: null, place: '黄埔区', year: 2023 }],
    figures: [
      { raw: '79个', value: 79, unit: '个', qualifier: 'exact' },
      { raw: '79个', value: 79, unit: '个', qualifier: 'exact' },
    ],
    notFigures: ['2023年', '排名第1'],
    unscored: [],
    unscoredCases: [],
    metadata: { title: null, publisher: null, date: null },
    ...over,
  };
}

function figure(raw: string, value: number, unit: string | null = '个', qualifier = 'exact') {
  const start = TEXT.indexOf(raw);
  return { raw, value, before: null as number | null, unit, qualifier, derived: false, originalStart: start, originalEnd: start + raw.length };
}

function found(over: Partial<FoundDocument> = {}): FoundDocument {
  return { original: TEXT, metadata: { title: null, publisher: null, date: null }, figures: [], cases: [], warnings: [], ...over };
}

describe('scoreDocument', () => {
  it('matches figures by span and value, one to one, and counts the second occurrence separately', () => {
    const second = TEXT.lastIndexOf('79个');
    const s = scoreDocument('t', expected(), found({ figures: [figure('79个', 79), { ...figure('79个', 79, '项'), originalStart: second, originalEnd: second + 3 }] }));
    expect(s.figures).toMatchObject({ expected: 2, found: 2, matched: 2, recall: 1, precision: 1, unit: 0.5, qualifier: 1 });
  });

  it('does not match a figure whose value differs, and reports a figure inside a notFigures span', () => {
    const s = scoreDocument('t', expected(), found({ figures: [figure('79个', 7.9), figure('2023', 2023, null), figure('1', 1, null)] }));
    expect(s.figures.matched).toBe(0);
    expect(s.violations).toEqual(['2023', '1']);
  });

  it('matches a ratio only with all its terms, and never by its quotient', () => {
    const text = '城乡居民收入比缩小到2.50:1。';
    const at = text.indexOf('2.50:1');
    const ratio = { raw: '2.50:1', value: 2.5, before: null, unit: null, qualifier: 'exact', derived: false, originalStart: at, originalEnd: at + 6 };
    const want = expected({ cases: [], notFigures: [], figures: [{ raw: '2.50:1', value: 2.5, unit: null, qualifier: 'exact', terms: [2.5, 1] }] });
    const score = (f: object) => scoreDocument('t', want, found({ original: text, figures: [{ ...ratio, ...f }] })).figures.matched;
    expect(score({ terms: [2.5, 1] })).toBe(1);
    expect(score({ terms: null })).toBe(0);
    expect(score({ terms: [2.5, 1, 3] })).toBe(0);
  });

  it('lets a found change match both its value and its before value', () => {
    const text = '由604.5亿元提高到808.1亿元';
    const change = { raw: '604.5亿元提高到808.1亿元', value: 80810000000, before: 60450000000, unit: '元', qualifier: 'exact', derived: false, originalStart: 1, originalEnd: 18 };
    const want = (raw: string, value: number) => ({ raw, value, unit: '元', qualifier: 'exact' as const });
    const s = scoreDocument('t', expected({ figures: [want('604.5亿元', 60450000000), want('808.1亿元', 80810000000)], notFigures: [] }), { ...found({ figures: [change] }), original: text });
    expect(s.figures).toMatchObject({ expected: 2, found: 1, matched: 2, foundMatched: 1, recall: 1, precision: 1 });
  });

  it('ignores derived figures and figures in unscored spans', () => {
    const s = scoreDocument('t', expected({ unscored: ['排名第1'] }), found({ figures: [{ ...figure('79个', 79), derived: true }, figure('1', 1, null)] }));
    expect(s.figures.found).toBe(0);
    expect(s.violations).toEqual([]);
  });

  it('matches case titles across script and punctuation, and scores place and year', () => {
    const c = { title: '智慧政務改革', owner: '区政数局', district: '黄埔区', city: '广州市', street: null, year: 2022 };
    const s = scoreDocument('t', expected(), found({ cases: [c, { ...c, title: '其他' }] }));
    expect(s.cases).toMatchObject({ matched: 1, recall: 1, precision: 0.5, place: 1, year: 0, owner: null });
  });

  it('neither requires nor counts a found case that matches an unscoredCases title', () => {
    const c = { title: '另有79个项目', owner: '区', district: null, city: null, street: null, year: null };
    const s = scoreDocument('t', expected({ cases: [], unscoredCases: ['另有79个项目'] }), found({ cases: [c] }));
    expect(s.cases).toMatchObject({ expected: 0, found: 0, precision: 1 });
  });

  it('marks a document that yields no case as silent unless a warning talks about cases', () => {
    expect(scoreDocument('t', expected(), found()).warnedNoCase).toBe(false);
    expect(scoreDocument('t', expected(), found({ warnings: ['No case list recognized: …'] })).warnedNoCase).toBe(true);
  });
});

describe('titlesMatch', () => {
  it('accepts containment of at least 80% and rejects less', () => {
    expect(titlesMatch('推进国家数字乡村试点改革', '“推进国家数字乡村试点改革”')).toBe(true);
    expect(titlesMatch('推进国家数字乡村试点', '推进国家数字乡村试点改革')).toBe(true);
    expect(titlesMatch('数字乡村', '推进国家数字乡村试点改革')).toBe(false);
  });

  it('ignores pinyin readings printed after characters, so a title copied as printed matches the stripped one', () => {
    expect(titlesMatch('‘軍門社區(qū)工作法’促進社區(qū)治理現代化', '军门社区工作法促进社区治理现代化')).toBe(true);
    expect(titlesMatch('社區(AB)工作法', '社区工作法')).toBe(false);
  });
});

describe('floor', () => {
  it('fails a run that scores lower than the floor and passes the run that wrote it', () => {
    const good = scoreDocument('t', expected(), found({ figures: [figure('79个', 79)] }));
    const worse = scoreDocument('t', expected(), found());
    const floor = floorFrom([good]);
    expect(belowFloor([good], floor)).toEqual([]);
    expect(belowFloor([worse], floor)).toContain('t: figureRecall 0 is below the floor 0.50');
  });
});

describe('expected files', () => {
  it('lists every problem of a malformed file at once', () => {
    expect(() => parseExpected('x.expected.json', { cases: [{}], figures: [{ raw: '1', value: 'x', qualifier: 'about' }], notFigures: [] }))
      .toThrow(/cases\[0\]\.title.*figures\[0\]\.value.*figures\[0\]\.qualifier.*metadata/);
  });

  it('rejects annotations that are not in the text or that collide', () => {
    const problems = checkAgainstText(TEXT, expected({ figures: [{ raw: '79个', value: 79, unit: '个', qualifier: 'exact' }], notFigures: ['79个项目', '2024年'] }));
    expect(problems).toHaveLength(3);
  });
});
