import ICAL from 'ical.js';
import { slugify } from '../export/file-names';
import { addCalendarDays } from '../metrics/calendar';
import { describeCadence } from '../plan/cadence-labels';
import { indexPlan, type ItemEntry } from '../plan/plan-index';
import type { Plan, Stream } from '../plan/schema';
import { describeApproval } from '../plan/approval-labels';
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
}

export interface ForwardScheduleOptions {
  /** When the file was made (DTSTAMP), `YYYY-MM-DDTHH:MM:SSZ`; the caller's clock, not ours. */
  generatedAt: string;
  /** The streams to schedule when the plan has no design of its own (the proposed ones). */
  streams?: readonly Stream[];
}

/**
 * The forward schedule of change as iCalendar: one all-day event per planned stream run (the
 * days `scheduleStreams` lays out around the change calendar) and one per go-live, each with the
 * stream or delivery, its approval and its items in the description. UIDs are stable (plan,
 * stream or delivery, date), so importing a newer export into a calendar updates the events.
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
          summary: `${stream.name}: release`,
          description,
          category: 'Stream run',
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
        summary: `Go-live: ${live.name.trim() === '' ? live.deliveryId : live.name}`,
        description: [
          `Delivery: ${live.name}`,
          `Approval: ${deliveryApproval(index.streams ?? [], items)}`,
          ...itemLines(items),
        ].join('\n'),
        category: 'Go-live',
      }),
    );
  }
  return { text: calendar.toString() + '\r\n', runs, goLives: lives.length };
}

function allDayEvent(event: {
  uid: string;
  date: string;
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
  const next = addCalendarDays(event.date, 1) ?? event.date;
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
  const listed = items.slice(0, MAX_LISTED_ITEMS).map(({ item }) => `- ${item.title || item.id}`);
  const more = items.length - listed.length;
  return [
    `Items (${String(items.length)}):`,
    ...listed,
    ...(more > 0 ? [`- and ${String(more)} more`] : []),
  ];
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
