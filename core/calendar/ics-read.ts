import ICAL from 'ical.js';
import { addCalendarDays } from '../metrics/calendar';
import { isPlanYear, isRealCalendarDate } from '../plan/calendar-date';
import type { WindowKind } from '../plan/schema-calendar';
import { nameInWindowTitle } from '../plan/calendar-labels';
import { icsDay, lastIcsDay } from './ics-dates';
import { isScheduleEvent, kindOfEvent, type ImportedKind } from './ics-kind';
import { countOf } from '../text/count-of';

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalTime = InstanceType<typeof ICAL.Time>;

/** A freeze, blackout or maintenance window read from an iCalendar event. */
export interface ImportedWindow {
  icsUid: string;
  kind: WindowKind;
  name: string;
  start: string;
  end: string;
  notes?: string;
}

export interface ImportedHoliday {
  date: string;
  name: string;
}

export interface IcsCalendar {
  windows: ImportedWindow[];
  holidays: ImportedHoliday[];
  /** UIDs of events the file marks cancelled: a re-import removes their windows. */
  cancelledUids: string[];
  /** Events left out, each with why (no start, a date outside the plan years…). */
  problems: string[];
  /** What the reader decided for the user (a kind guessed, a recurrence cut). */
  notices: string[];
}

export interface IcsReadOptions {
  /** The kind of events whose categories and summary say nothing; `blackout` when absent. */
  defaultKind?: ImportedKind;
  /** Recurring events are expanded over these days (the plan's horizon). */
  range?: { from: string; to: string } | null;
}

/** Without a range, a recurring event is expanded over two years from its first day. */
const DEFAULT_RECURRENCE_DAYS = 731;
/** More occurrences than this in one event is a rule gone wrong (every minute for years). */
const MAX_OCCURRENCES = 1000;

export type IcsReadResult = ({ ok: true } & IcsCalendar) | { ok: false; message: string };

/**
 * Reads an iCalendar file (Outlook, Google, an ITSM tool's change calendar) into calendar
 * windows and holidays with ical.js. Each event's kind comes from its categories, else its
 * summary ("Year-end change freeze", "Bank holiday"), else `defaultKind`. Every event that
 * cannot be used is named in `problems`; none is dropped silently.
 */
export function readIcsCalendar(text: string, options: IcsReadOptions = {}): IcsReadResult {
  let root: IcalComponent;
  try {
    root = new ICAL.Component(ICAL.parse(text.replace(/^\uFEFF/u, '')) as unknown[]);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `it is not an iCalendar file that can be read (${detail})` };
  }
  if (root.name !== 'vcalendar') {
    return { ok: false, message: 'it is not an iCalendar file: it has no VCALENDAR' };
  }
  const components = root.getAllSubcomponents('vevent');
  if (components.length === 0) return { ok: false, message: 'it holds no event (VEVENT)' };

  const result: IcsCalendar = {
    windows: [],
    holidays: [],
    cancelledUids: [],
    problems: [],
    notices: [],
  };
  const defaultKind = options.defaultKind ?? 'blackout';
  let guessed = 0;
  let ownSchedule = 0;
  for (const [uid, group] of groupByUid(components)) {
    const master = group.find((event) => !event.isRecurrenceException()) ?? group[0];
    if (master === undefined) continue;
    for (const exception of group) if (exception !== master) relate(master, exception);
    const label = describeEvent(master, uid);
    if (status(master.component) === 'CANCELLED') {
      result.cancelledUids.push(uid);
      continue;
    }
    if (isScheduleEvent(categories(master.component))) {
      ownSchedule += 1;
      continue;
    }
    const found = kindOfEvent(
      categories(master.component),
      propertyText(master.component, 'summary'),
    );
    if (found === null) guessed += 1;
    try {
      const start = master.startDate as IcalTime | null;
      const spans =
        start !== null && master.isRecurring()
          ? expand(master, uid, options.range ?? null, label, result)
          : [{ uid, start, end: start === null ? null : master.endDate, event: master }];
      for (const span of spans) addSpan(result, span, found ?? defaultKind, label);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      result.problems.push(`${label}: its dates cannot be read (${detail}); left out.`);
    }
  }
  if (ownSchedule > 0) {
    result.notices.push(
      `${countOf(ownSchedule, 'stream run or go-live', 'stream runs and go-lives')} of a schedule of change exported by Transition Studio left out: they are releases, not calendar windows.`,
    );
  }
  if (guessed > 0) {
    result.notices.push(
      `${countOf(guessed, 'event')} said neither freeze, blackout, maintenance nor holiday in their categories or title: read as ${defaultKind === 'holiday' ? 'holidays' : `${defaultKind} windows`}.`,
    );
  }
  return { ok: true, ...result };
}

interface Span {
  uid: string;
  start: IcalTime | null;
  end: IcalTime | null;
  event: IcalEvent;
}

function addSpan(result: IcsCalendar, span: Span, kind: ImportedKind, label: string): void {
  if (!span.start) {
    result.problems.push(`${label}: it has no start date (DTSTART); left out.`);
    return;
  }
  const start = icsDay(span.start);
  const end = lastIcsDay(span.start, span.end);
  for (const day of [start, end]) {
    if (!isRealCalendarDate(day) || !isPlanYear(day)) {
      result.problems.push(
        `${label}: its date ${day} is outside the years a plan holds; left out.`,
      );
      return;
    }
  }
  const name = propertyText(span.event.component, 'summary').trim();
  if (kind === 'holiday') {
    // A holiday of several days (a long weekend) is one holiday per day.
    for (const date of daysOf(start, end)) result.holidays.push({ date, name });
    return;
  }
  const notes = propertyText(span.event.component, 'description').trim();
  result.windows.push({
    icsUid: span.uid,
    kind,
    name: nameInWindowTitle(kind, name),
    start,
    end,
    ...(notes === '' ? {} : { notes }),
  });
}

/** The occurrences of a recurring event that touch the range, each its own window. */
function expand(
  master: IcalEvent,
  uid: string,
  range: { from: string; to: string } | null,
  label: string,
  result: IcsCalendar,
): Span[] {
  const first = icsDay(master.startDate);
  const from = range?.from ?? first;
  const to = range?.to ?? addCalendarDays(first, DEFAULT_RECURRENCE_DAYS) ?? first;
  const spans: Span[] = [];
  const iterator = master.iterator();
  let seen = 0;
  for (;;) {
    // ical.js types it as a Time, but it answers undefined once the rule is exhausted.
    const next = iterator.next() as IcalTime | undefined;
    if (next === undefined || icsDay(next) > to) break;
    seen += 1;
    if (seen > MAX_OCCURRENCES) {
      result.notices.push(
        `${label}: only its first ${String(MAX_OCCURRENCES)} occurrences were read.`,
      );
      break;
    }
    const details = master.getOccurrenceDetails(next);
    if (lastIcsDay(details.startDate, details.endDate) < from) continue;
    spans.push({
      // Each occurrence keeps its own UID, so a re-import updates that one window.
      uid: `${uid}/${icsDay(details.recurrenceId)}`,
      start: details.startDate,
      end: details.endDate,
      event: details.item,
    });
  }
  if (spans.length === 0) {
    result.notices.push(`${label}: it recurs, but no occurrence falls in ${from} to ${to}.`);
  }
  return spans;
}

/** True for text that parses as one iCalendar VCALENDAR (what an .ics export must be). */
export function isIcsCalendar(text: string): boolean {
  try {
    return new ICAL.Component(ICAL.parse(text) as unknown[]).name === 'vcalendar';
  } catch {
    return false;
  }
}

/** Events by UID: a recurring event and the occurrences the file moves (RECURRENCE-ID). */
function groupByUid(components: IcalComponent[]): Map<string, IcalEvent[]> {
  const groups = new Map<string, IcalEvent[]>();
  for (const component of components) {
    const event = new ICAL.Event(component);
    // RFC 5545 requires a UID; without one the start and title stand in, so a re-import of the
    // same file still finds the window it made.
    const uid =
      event.uid === '' || typeof event.uid !== 'string'
        ? `no-uid:${propertyText(component, 'dtstart')}:${propertyText(component, 'summary')}`
        : event.uid;
    const group = groups.get(uid);
    if (group) group.push(event);
    else groups.set(uid, [event]);
  }
  return groups;
}

function relate(master: IcalEvent, exception: IcalEvent): void {
  try {
    master.relateException(exception);
  } catch {
    // Two events sharing a UID without RECURRENCE-ID: the first one stands.
  }
}

function describeEvent(event: IcalEvent, uid: string): string {
  const summary = propertyText(event.component, 'summary').trim();
  return summary === '' ? `Event ${uid}` : `Event "${summary}"`;
}

function propertyText(component: IcalComponent, name: string): string {
  const value: unknown = component.getFirstPropertyValue(name);
  if (typeof value === 'string') return value;
  // A date or a duration: its iCalendar text (only ever used to stand in for a missing UID).
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : '';
}

function status(component: IcalComponent): string {
  return propertyText(component, 'status').toUpperCase();
}

function categories(component: IcalComponent): string[] {
  return component
    .getAllProperties('categories')
    .flatMap((property) => property.getValues().filter((value) => typeof value === 'string'));
}

function daysOf(start: string, end: string): string[] {
  const days: string[] = [];
  for (let day: string | null = start; day !== null && day <= end;) {
    days.push(day);
    day = addCalendarDays(day, 1);
  }
  return days;
}
