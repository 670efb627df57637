import { z } from 'zod';
import { IsoDateSchema } from '../../plan/iso-date';
import { WINDOW_KINDS } from '../../plan/schema-calendar';

/**
 * File › Import calendar…: main shows the open dialog, reads the .ics file and answers its
 * windows and holidays; the page puts them into the plan as one undoable edit (updating the
 * windows it imported before, by their event UID). The page sends only the days over which a
 * recurring event is expanded (the plan's horizon), never a path.
 */
const ImportedWindowSchema = z.object({
  icsUid: z.string(),
  kind: z.enum(WINDOW_KINDS),
  name: z.string(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  notes: z.string().optional(),
});

export const IcsCalendarSchema = z.object({
  windows: z.array(ImportedWindowSchema),
  holidays: z.array(z.object({ date: IsoDateSchema, name: z.string() })),
  cancelledUids: z.array(z.string()),
  problems: z.array(z.string()),
  notices: z.array(z.string()),
});

export const calendarContract = {
  /** `file: null` when the user cancelled the dialog. */
  chooseCalendarFile: {
    request: z
      .object({ range: z.object({ from: IsoDateSchema, to: IsoDateSchema }).strict().nullable() })
      .strict(),
    response: z.object({
      file: z.object({ name: z.string(), calendar: IcsCalendarSchema }).nullable(),
    }),
  },
} as const;
