import { describe, expect, it } from 'vitest';
import { standing } from '../../src/lib/tally.ts';

describe('standing', () => {
  it('gives equal totals the same place and counts the others tied (competition ranking)', () => {
    const totals = [15, 6, 3, 3, 2, 2, 2, 1];
    expect(standing(totals, 15)).toEqual({ place: 1, tied: 0 });
    expect(standing(totals, 3)).toEqual({ place: 3, tied: 1 });
    expect(standing(totals, 2)).toEqual({ place: 5, tied: 2 });
    expect(standing(totals, 1)).toEqual({ place: 8, tied: 0 });
  });
});
