import ICAL from 'ical.js';
import { slugify } from '../export/file-names';
import { addCalendarDays } from '../metrics/calendar';
import { describeCadence } from '../plan/cadence-labels';
import { indexPlan, type ItemEntry, type StreamEntry } from '../plan/plan-index';
import { RELEASING_KINDS } from '../plan/item-kinds';
import { GO_LIVE_CATEGORY, RUN_CATEGORY } from './ics-kind';
import { countOf } from '../text/count-of';
import type { ChangeWindow, Plan, Stream } from '../plan/schema';
import { windowTitle } from '../plan/calendar-labels';
import { APPROVAL_MODE_LABELS, describeApproval } from '../plan/approval-labels';
import { goLives } from '../schedule/go-lives';
import { scheduleStreams } from '../schedule/stream-schedule';

type IcalComponent = InstanceType<typeof ICAL.Component>;

/** An event lists this many items by title; the rest are counted ("and 40 more"). */
const MAX_LISTED_ITEMS = 25;

export interface ForwardSchedule {
  /** The iCalendar text (CRLF lines, as RFC 5545 asks). */
  text: string;
  runs: number;
  goLives: number;
  /** Freeze, blackout and maintenance windows of the change calendar, one event each. */
  windows: number;
}

export interface ForwardScheduleOptions {
  /** When the file was made (DTSTAMP), `YYYY-MM-DDTHH:MM:SSZ`; the caller's clock, not ours. */
  generatedAt: string;
  /** The streams to schedule when the plan has no design of its own (the proposed ones). */
  streams?: readonly Stream[];
}

/**
 * The forward schedule of change as iCalendar: one all-day event per planned stream run (the
 * days `scheduleStreams` lays out around the change calendar), one per go-live, each with the
 * stream or delivery, its approval and its items in the description, and the calendar's
 * windows, so the reader sees why a week has no release. UIDs are stable (plan, stream,
 * delivery or window, date), so importing a newer export into a calendar updates the events.
 */
export function forwardScheduleIcs(plan: Plan, options: ForwardScheduleOptions): ForwardSchedule {
  const designed =
    plan.streamDesign || options.streams === undefined
      ? plan
      : { ...plan, streamDesign: { streams: [...options.streams] } };
  const index = indexPlan(designed);
  const slug = slugify(plan.title);
  const stamp = stampTime(options.generatedAt);
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', '-//Transition Studio//Forward schedule of change//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('x-wr-calname', `${plan.title}: forward schedule of change`);

  const entries = new Map((index.streams ?? []).map((entry) => [entry.stream.id, entry]));
  let runs = 0;
  for (const schedule of scheduleStreams(designed)) {
    const entry = entries.get(schedule.streamId);
    if (!entry) continue;
    const { stream } = entry;
    const releases = entry.carried.some(({ item }) => RELEASING_KINDS.has(item.kind));
    const description = [
      `Stream: ${stream.name}`,
      `Cadence: ${describeCadence(stream.cadence)}`,
      `Approval: ${describeApproval(stream.approval)}`,
      ...itemLines(entry.carried),
    ].join('\n');
    for (const date of schedule.runs) {
      calendar.addSubcomponent(
        allDayEvent({
          uid: `run-${slug}-${stream.id}-${date}@transition-studio`,
          date,
          stamp,
          summary: `${stream.name}: ${releases ? 'release' : 'run'}`,
          description,
          category: RUN_CATEGORY,
        }),
      );
      runs += 1;
    }
  }

  const deliveries = new Map(index.deliveries.map((entry) => [entry.delivery.id, entry]));
  const lives = goLives(plan);
  for (const live of lives) {
    const items = deliveries.get(live.deliveryId)?.items ?? [];
    calendar.addSubcomponent(
      allDayEvent({
        uid: `go-live-${slug}-${live.deliveryId}@transition-studio`,
        date: live.date,
        stamp,
        summary: `Go-live: ${deliveryName(live)}`,
        description: [
          `Delivery: ${live.name}`,
          `Approval: ${deliveryApproval(index.streams ?? [], items)}`,
          ...itemLines(items),
        ].join('\n'),
        category: GO_LIVE_CATEGORY,
      }),
    );
  }
  const windows = plan.changeCalendar?.windows ?? [];
  for (const window of windows) {
    calendar.addSubcomponent(
      allDayEvent({
        // The UID it came in with, so the calendar it came from and a re-import see one event.
        uid: window.icsUid ?? `window-${slug}-${window.id}@transition-studio`,
        date: window.start,
        lastDate: window.end,
        stamp,
        summary: windowTitle(window),
        description: [windowBlocks(window, entries), ...(window.notes ? [window.notes] : [])].join(
          '\n',
        ),
        // The kind as a category: importing this file into a plan reads the window back.
        category: window.kind.toUpperCase(),
      }),
    );
  }
  return {
    text: calendar.toString() + '\r\n',
    runs,
    goLives: lives.length,
    windows: windows.length,
  };
}

/** What the schedule holds, as the app and the CLI say it: "302 stream runs and 2 go-lives". */
export function scheduleContents(schedule: ForwardSchedule): string {
  const [runs, lives] = [
    countOf(schedule.runs, 'stream run'),
    countOf(schedule.goLives, 'go-live'),
  ];
  return schedule.windows === 0
    ? `${runs} and ${lives}`
    : `${runs}, ${lives} and ${countOf(schedule.windows, 'calendar window')}`;
}

/** What a window stops, by name: the streams and approval classes of its scope. */
function windowBlocks(window: ChangeWindow, streams: ReadonlyMap<string, StreamEntry>): string {
  if (window.kind === 'maintenance') return 'Changes may be made; this window blocks nothing.';
  const named = [
    ...(window.scope?.streamIds ?? []).map((id) => streams.get(id)?.stream.name ?? id),
    ...(window.scope?.approvalModes ?? []).map((mode) => APPROVAL_MODE_LABELS[mode].name),
  ];
  return named.length === 0
    ? 'No stream releases in this window; the emergency path stays open.'
    : `Blocks: ${named.join('; ')}.`;
}

function allDayEvent(event: {
  uid: string;
  date: string;
  /** The last day of an event of several days; absent for one day. */
  lastDate?: string;
  stamp: InstanceType<typeof ICAL.Time>;
  summary: string;
  description: string;
  category: string;
}): IcalComponent {
  const component = new ICAL.Component('vevent');
  component.addPropertyWithValue('uid', event.uid);
  component.addPropertyWithValue('dtstamp', event.stamp);
  component.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(event.date));
  // The end of an all-day event is the next day (exclusive).
  const last = event.lastDate ?? event.date;
  const next = addCalendarDays(last, 1) ?? last;
  component.addPropertyWithValue('dtend', ICAL.Time.fromDateString(next));
  component.addPropertyWithValue('summary', event.summary);
  component.addPropertyWithValue('description', event.description);
  component.addPropertyWithValue('categories', event.category);
  // A release on the calendar does not make the reader busy all day.
  component.addPropertyWithValue('transp', 'TRANSPARENT');
  return component;
}

function itemLines(items: readonly ItemEntry[]): string[] {
  if (items.length === 0) return ['Items: none'];
  // Titles repeat across deliveries (an NFR at 75%, then at 90%): name the delivery as well.
  const deliveries = new Set(items.map((entry) => entry.delivery));
  const listed = items.slice(0, MAX_LISTED_ITEMS).map(({ item, delivery }) => {
    const title = item.title || item.id;
    return deliveries.size > 1 ? `- ${title} (${deliveryName(delivery.delivery)})` : `- ${title}`;
  });
  const more = items.length - listed.length;
  return [
    `Items (${String(items.length)}):`,
    ...listed,
    ...(more > 0 ? [`- and ${String(more)} more`] : []),
  ];
}

function deliveryName(delivery: { name: string; date: string }): string {
  return delivery.name.trim() === '' ? `delivery of ${delivery.date}` : delivery.name;
}

/** How a go-live is approved: the approvals of the streams that carry its items, once each. */
function deliveryApproval(
  streams: readonly { stream: Stream; carried: readonly ItemEntry[] }[],
  items: readonly ItemEntry[],
): string {
  const ids = new Set(items.map((entry) => entry.item.id));
  const approvals = new Set<string>();
  for (const { stream, carried } of streams) {
    if (carried.some((entry) => ids.has(entry.item.id))) {
      approvals.add(describeApproval(stream.approval));
    }
  }
  return approvals.size === 0
    ? 'a change authority (no stream carries its items)'
    : [...approvals].join('; ');
}

function stampTime(generatedAt: string): InstanceType<typeof ICAL.Time> {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/u.exec(generatedAt);
  const [year, month, day, hour, minute, second] = (match?.slice(1) ?? []).map(Number);
  return ICAL.Time.fromData(
    {
      year: year ?? 1970,
      month: month ?? 1,
      day: day ?? 1,
      hour: hour ?? 0,
      minute: minute ?? 0,
      second: second ?? 0,
      isDate: false,
    },
    ICAL.Timezone.utcTimezone,
  );
}
