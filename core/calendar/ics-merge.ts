import { nextIds } from '../plan/new-ids';
import type { ChangeCalendar, ChangeWindow, Holiday } from '../plan/schema-calendar';
import type { IcsCalendar, ImportedWindow } from './ics-read';

export interface CalendarImportCounts {
  windowsAdded: number;
  windowsUpdated: number;
  windowsRemoved: number;
  holidaysAdded: number;
  holidaysUpdated: number;
}

/** The prefix of window ids (`w1`, `w2`…), numbered on from the highest one in the plan. */
export const WINDOW_ID_PREFIX = 'w';

/**
 * Puts an imported calendar into the plan's. A window whose `icsUid` is already there is
 * updated in place (its id and the scope the user chose are kept), so importing the same file
 * again after the change manager moved the freeze moves it here too; events the file cancels
 * remove their windows; a holiday on a date already listed takes the file's name. Nothing else
 * in the calendar changes.
 */
export function mergeIcsCalendar(
  calendar: ChangeCalendar | undefined,
  imported: Pick<IcsCalendar, 'windows' | 'holidays' | 'cancelledUids'>,
): { calendar: ChangeCalendar; counts: CalendarImportCounts } {
  const counts: CalendarImportCounts = {
    windowsAdded: 0,
    windowsUpdated: 0,
    windowsRemoved: 0,
    holidaysAdded: 0,
    holidaysUpdated: 0,
  };
  const cancelled = new Set(imported.cancelledUids);
  const isCancelled = (uid: string | undefined) =>
    uid !== undefined && (cancelled.has(uid) || cancelled.has(uid.replace(/\/[^/]*$/u, '')));
  const kept = (calendar?.windows ?? []).filter((window) => !isCancelled(window.icsUid));
  counts.windowsRemoved = (calendar?.windows?.length ?? 0) - kept.length;
  const windows = kept.map((window) => ({ ...window }));
  const byUid = new Map(windows.flatMap((w) => (w.icsUid === undefined ? [] : [[w.icsUid, w]])));
  const fresh = imported.windows.filter((window) => !byUid.has(window.icsUid));
  const ids = nextIds(
    WINDOW_ID_PREFIX,
    windows.map((window) => window.id),
    fresh.length,
  );
  for (const window of imported.windows) {
    const existing = byUid.get(window.icsUid);
    if (existing) {
      if (updateWindow(existing, window)) counts.windowsUpdated += 1;
      continue;
    }
    // The window the user typed in before the file had it: the same kind over the same days.
    const typed = windows.find(
      (w) =>
        w.icsUid === undefined &&
        w.kind === window.kind &&
        w.start === window.start &&
        w.end === window.end,
    );
    if (typed) {
      typed.icsUid = window.icsUid;
      byUid.set(window.icsUid, typed);
      counts.windowsUpdated += 1;
      continue;
    }
    const id = ids[counts.windowsAdded] ?? `${WINDOW_ID_PREFIX}-${window.icsUid}`;
    const added: ChangeWindow = { id, ...window };
    windows.push(added);
    byUid.set(window.icsUid, added);
    counts.windowsAdded += 1;
  }

  const holidays: Holiday[] = (calendar?.holidays ?? []).map((holiday) => ({ ...holiday }));
  const byDate = new Map(holidays.map((holiday) => [holiday.date, holiday]));
  for (const holiday of imported.holidays) {
    const existing = byDate.get(holiday.date);
    if (!existing) {
      const added = { ...holiday };
      holidays.push(added);
      byDate.set(holiday.date, added);
      counts.holidaysAdded += 1;
    } else if (existing.name !== holiday.name && holiday.name !== '') {
      existing.name = holiday.name;
      counts.holidaysUpdated += 1;
    }
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const merged: ChangeCalendar = { ...calendar };
  if (windows.length > 0) merged.windows = windows;
  else Reflect.deleteProperty(merged, 'windows');
  if (holidays.length > 0) merged.holidays = holidays;
  else Reflect.deleteProperty(merged, 'holidays');
  return { calendar: merged, counts };
}

/** The file's kind, name, dates and notes; true when anything changed. */
function updateWindow(target: ChangeWindow, from: ImportedWindow): boolean {
  let changed = false;
  for (const key of ['kind', 'name', 'start', 'end', 'notes'] as const) {
    const value = from[key];
    // A file without a description leaves the notes the user wrote in the app.
    if (value === undefined || target[key] === value) continue;
    Object.assign(target, { [key]: value });
    changed = true;
  }
  return changed;
}

/** One sentence of what an import did, for the CLI and the app's notification. */
export function describeCalendarImport(counts: CalendarImportCounts): string {
  const parts = [
    [counts.windowsAdded, 'window added', 'windows added'],
    [counts.windowsUpdated, 'window updated', 'windows updated'],
    [counts.windowsRemoved, 'cancelled window removed', 'cancelled windows removed'],
    [counts.holidaysAdded, 'holiday added', 'holidays added'],
    [counts.holidaysUpdated, 'holiday renamed', 'holidays renamed'],
  ] as const;
  const said = parts
    .filter(([count]) => count > 0)
    .map(([count, one, many]) => `${String(count)} ${count === 1 ? one : many}`);
  return said.length === 0 ? 'the calendar already held everything in the file' : said.join(', ');
}
