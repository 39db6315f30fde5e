/**
 * No regression on the seeds: today's cases against the 85 cases extracted
 * before structure-based extraction (tests/fixtures/seed-cases/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedResult } from '../helpers/seeds.ts';

const REFERENCE = join(import.meta.dirname, '..', 'fixtures', 'seed-cases', 'reference.tsv');
const rows = readFileSync(REFERENCE, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const key = (document: string, owner: string, title: string) => `${document}\u0000${owner}\u0000${title}`;

describe('seed cases against the reference', () => {
  const cases = seedResult().cases.filter((c) => c.origin === 'extracted');
  const now = new Map(cases.map((c) => [key(c.documentId, c.owner, c.title), c]));
  const matched = rows.flatMap((r) => {
    const c = now.get(key(r[0]!, r[1]!, r[2]!));
    return c ? [{ c, district: r[3] || null, year: r[4] ? Number(r[4]) : null }] : [];
  });

  it('recall and precision are at least 0.95', () => {
    expect(matched.length / rows.length).toBeGreaterThanOrEqual(0.95);
    expect(matched.length / cases.length).toBeGreaterThanOrEqual(0.95);
  });

  it('district and year accuracy are at least 0.95', () => {
    expect(matched.filter((m) => m.c.district === m.district).length / matched.length).toBeGreaterThanOrEqual(0.95);
    expect(matched.filter((m) => m.c.year === m.year).length / matched.length).toBeGreaterThanOrEqual(0.95);
  });

  it('every case carries its confidence and the cues behind it, with its city and province', () => {
    for (const c of cases) {
      expect(c.confidence).toBeGreaterThanOrEqual(0.5);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(c.cues.length).toBeGreaterThan(0);
    }
    expect(new Set(cases.map((c) => `${c.city} ${c.province}`))).toEqual(new Set(['广州市 广东省', '深圳市 广东省']));
  });
});
