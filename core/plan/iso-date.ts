import { z } from 'zod';
import { FIRST_PLAN_YEAR, isPlanYear, isRealCalendarDate, LAST_PLAN_YEAR } from './calendar-date';

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isRealCalendarDate, { error: 'must be a date that exists in the calendar', abort: true })
  .refine(isPlanYear, {
    error: `must be a date in the years ${String(FIRST_PLAN_YEAR)}–${String(LAST_PLAN_YEAR)}`,
  });
