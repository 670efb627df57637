import { describe, expect, it } from 'vitest';
import { checkReadiness } from '../../../../core/readiness';
import { readyPlan } from './plans';

describe('a plan with nothing to report', () => {
  it('gives no findings, so every other test can blame exactly one change', () => {
    expect(checkReadiness(readyPlan())).toEqual([]);
    expect(checkReadiness(readyPlan(), { today: '2027-03-15' })).toEqual([]);
  });
});
