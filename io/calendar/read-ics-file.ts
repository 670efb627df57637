import {
  readIcsCalendar,
  type IcsCalendar,
  type IcsReadOptions,
} from '../../core/calendar/ics-read';
import { safeValue } from '../../core/text/quote-value';
import { readPlanText } from '../plan-file';

export type IcsFileReadResult =
  { ok: true; name: string; calendar: IcsCalendar } | { ok: false; name: string; message: string };

/**
 * An .ics file read with a plan's limits (a regular file of at most 50 MB, UTF-8) and parsed
 * into windows and holidays: the one reader of `import-calendar` and File › Import calendar….
 */
export async function readIcsFile(
  path: string,
  options: IcsReadOptions = {},
): Promise<IcsFileReadResult> {
  const read = await readPlanText(path);
  if (!read.ok) return { ok: false, name: read.name, message: read.message };
  const parsed = readIcsCalendar(read.text, options);
  if (!parsed.ok) {
    return {
      ok: false,
      name: read.name,
      message: `Could not import "${safeValue(read.name)}": ${parsed.message}.`,
    };
  }
  const { windows, holidays, cancelledUids, problems, notices } = parsed;
  return {
    ok: true,
    name: read.name,
    calendar: { windows, holidays, cancelledUids, problems, notices },
  };
}
