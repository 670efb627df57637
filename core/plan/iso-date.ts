import { z } from 'zod';
import { isRealCalendarDate } from './calendar-date';

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isRealCalendarDate, 'must be a date that exists in the calendar');
