/**
 * Figure ids are what editors' rejections (content/reviews) and stories'
 * :fig[] point at, so a rule change that adds or drops one figure in a
 * sentence must leave the ids of the other figures alone. The rule change is
 * simulated by wrapping the token classifier so that it stops reading one
 * number as a figure, as a new rule for a slogan or an ordinal would.
 */
import { describe, expect, it, vi } from 'vitest';
import { report } from '../helpers/report.ts';

const dropped = vi.hoisted(() => ({ raw: null as string | null }));

vi.mock('../../scripts/pipeline/figures-classify.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../scripts/pipeline/figures-classify.ts')>();
  return {
    ...actual,
    classify: (...args: Parameters<typeof actual.classify>) =>
      args[1].token.raw === dropped.raw ? { cls: 'marker' as const, rule: 'test-rule' } : actual.classify(...args),
  };
});

const { extractFigures } = await import('../../scripts/pipeline/figures.ts');

const TEXT = ['营商环境改革工作通报', '全区新增市场主体1.2万户，审批时间压缩至3天，网办率达98%。', '另一句话里也有12个项目。'].join('\n');
const ids = () => new Map(extractFigures(report(TEXT, {})).figures.map((f) => [f.raw, f.id]));

describe('figure ids', () => {
  it('stay the same for the other figures of a sentence when a rule drops one of them', () => {
    dropped.raw = null;
    const before = ids();
    expect([...before.keys()]).toEqual(['1.2万户', '3天', '98%', '12个']);
    dropped.raw = '1.2万';
    const after = ids();
    expect(after.has('1.2万户')).toBe(false);
    for (const raw of ['3天', '98%', '12个']) expect(after.get(raw), raw).toBe(before.get(raw));
  });

  it('name the report and mark a figure (<report id>-f-<hash>), and differ for the same number at another place', () => {
    dropped.raw = null;
    const figures = extractFigures(report('新增5家，另有5家在建。', {})).figures;
    expect(figures.map((f) => f.id)).toEqual([expect.stringMatching(/^unseen-f-[0-9a-f]{10}$/), expect.stringMatching(/^unseen-f-[0-9a-f]{10}$/)]);
    expect(new Set(figures.map((f) => f.id)).size).toBe(2);
  });
});
