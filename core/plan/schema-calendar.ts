import { z } from 'zod';
import { APPROVAL_MODES, type ApprovalMode } from './schema-approval';
import { IsoDateSchema } from './iso-date';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DEFAULT_WORKING_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * - `freeze`: no change goes live (a year-end freeze); the emergency path stays open.
 * - `blackout`: a period the business cannot take any change (month-end close, a peak).
 * - `maintenance`: an agreed window in which changes may be made; it blocks nothing.
 */
export const WINDOW_KINDS = ['freeze', 'blackout', 'maintenance'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

/**
 * What a window blocks. Absent (or both lists absent) means every stream. `streamIds` names
 * streams of the design, `approvalModes` approval classes (e.g. only `preAuthorised`
 * releases); a stream is blocked when either list names it.
 */
export const WindowScopeSchema = z.looseObject({
  streamIds: z.array(z.string().min(1, 'must not be empty')).optional(),
  approvalModes: z.array(z.enum(APPROVAL_MODES as [ApprovalMode, ...ApprovalMode[]])).optional(),
});

/** A named period of the change calendar, both dates included. */
export const CalendarWindowSchema = z
  .looseObject({
    id: z.string().min(1, 'must not be empty'),
    kind: z.enum(WINDOW_KINDS),
    name: z.string(),
    start: IsoDateSchema,
    end: IsoDateSchema,
    scope: WindowScopeSchema.optional(),
    notes: z.string().optional(),
    /** The UID of the iCalendar event it came from, so a re-import updates it. */
    icsUid: z.string().optional(),
  })
  .refine((w) => w.start <= w.end, { error: 'must not be before start', path: ['end'] });

/** A public holiday: not a working day. */
export const HolidaySchema = z.looseObject({ date: IsoDateSchema, name: z.string() });

/**
 * The change calendar (schema v2). `workingDays` absent means Monday to Friday; daily and
 * every-n-days cadences run on working days that are not holidays. Freeze and blackout windows
 * stop the streams they scope; maintenance windows are drawn but block nothing.
 */
export const ChangeCalendarSchema = z.looseObject({
  workingDays: z.array(z.enum(WEEKDAYS)).optional(),
  holidays: z.array(HolidaySchema).optional(),
  windows: z.array(CalendarWindowSchema).optional(),
});

export type ChangeCalendar = z.infer<typeof ChangeCalendarSchema>;
export type ChangeWindow = z.infer<typeof CalendarWindowSchema>;
export type WindowScope = z.infer<typeof WindowScopeSchema>;
export type Holiday = z.infer<typeof HolidaySchema>;
