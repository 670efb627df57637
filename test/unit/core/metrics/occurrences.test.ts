import { describe, expect, it } from 'vitest';
import { meanGapDays } from '../../../../core/metrics';
import type { Cadence } from '../../../../core/plan/schema';

const DAILY: Cadence = { kind: 'daily' };

describe('meanGapDays', () => {
  it('spreads working-day runs over calendar days', () => {
    expect(meanGapDays(DAILY)).toEqual({ min: 1.4, max: 1.4 });
    expect(meanGapDays({ kind: 'everyNDays', n: 2 })).toEqual({ min: 2.8, max: 2.8 });
    expect(meanGapDays({ kind: 'timesPerWeek', min: 1, max: 2 })).toEqual({ min: 3.5, max: 7 });
    expect(meanGapDays({ kind: 'asRequired' })).toEqual({ min: 0, max: 0 });
  });
});
