import { addCalendarDays } from '../../metrics/calendar';
import { formatRange } from '../../metrics/format-number';
import { scheduleForMetrics, scheduledOccurrences } from '../../metrics/scheduled-runs';
import { indexPlan } from '../../plan/plan-index';
import type { WindowKind } from '../../plan/schema-calendar';
import { deliveryName, streamTitle, textOr, type ReportContext } from '../context';
import { paragraph, type ReportBlock, type ReportSection } from '../model';

/** A year of weeks is what a CAB reads; a longer horizon is cut with a sentence. */
const MAX_WEEKS = 53;

/**
 * The release and change calendar: each delivery's go-live, then week by week over the metrics
 * horizon the packaged releases and how many times each stream runs.
 */
export function calendarSection(context: ReportContext): ReportSection {
  const { plan, streams, metrics } = context;
  const blocks: ReportBlock[] = [];
  const { deliveries } = plan.packagedPlan;
  if (deliveries.length > 0) {
    blocks.push({
      kind: 'table',
      header: ['Delivery', 'Go-live', 'Items'],
      rows: deliveries.map((delivery) => [
        deliveryName(delivery),
        delivery.date,
        String(delivery.items.length),
      ]),
    });
  } else {
    blocks.push(paragraph('The packaged plan has no delivery.'));
  }
  blocks.push(...windowBlocks(context));
  if (!metrics.ok) {
    blocks.push(paragraph(`No weekly calendar: ${metrics.reason}`));
    return { id: 'calendar', title: 'Release and change calendar', blocks };
  }
  const { start, end } = metrics.metrics.horizon;
  // The runs the metrics and the cadence diagram count: the change calendar and items' dates kept.
  const scheduled = scheduleForMetrics(plan, indexPlan(plan), streams);
  const windows = plan.changeCalendar?.windows ?? [];
  const rows: string[][] = [];
  let weekStart: string | null = start;
  while (weekStart !== null && weekStart <= end && rows.length < MAX_WEEKS) {
    const last = addCalendarDays(weekStart, 6);
    const weekEnd = last === null || last > end ? end : last;
    const window = { start: weekStart, end: weekEnd };
    const releases = deliveries
      .filter((delivery) => delivery.date >= window.start && delivery.date <= window.end)
      .map(deliveryName);
    const inWeek = windows
      .filter((w) => w.start <= window.end && w.end >= window.start)
      .map((w) => `${WINDOW_WORDS[w.kind]}: ${textOr(w.name, 'unnamed')}`);
    rows.push([
      weekStart,
      releases.length > 0 ? releases.join(', ') : '',
      inWeek.join('; '),
      ...scheduled.map((lane) => {
        const runs = scheduledOccurrences(lane, window);
        return runs.max === 0 ? '' : formatRange(runs);
      }),
    ]);
    weekStart = addCalendarDays(weekStart, 7);
  }
  blocks.push(
    paragraph(
      `Week by week from ${start} to ${end}: packaged releases, and how many times each stream runs as scheduled (working days, no holiday, nothing inside a freeze or blackout that blocks it, only while its items keep it busy; a range where the cadence allows one).`,
    ),
    {
      kind: 'table',
      header: ['Week from', 'Packaged releases', 'Windows', ...streams.map(streamTitle)],
      rows,
    },
  );
  if (weekStart !== null && weekStart <= end) {
    blocks.push(paragraph(`The calendar stops after ${String(MAX_WEEKS)} weeks.`));
  }
  return { id: 'calendar', title: 'Release and change calendar', blocks };
}

const WINDOW_WORDS: Readonly<Record<WindowKind, string>> = {
  freeze: 'Freeze',
  blackout: 'Blackout',
  maintenance: 'Maintenance window',
};

/** The change calendar's freeze, blackout and maintenance windows, and what each applies to. */
function windowBlocks({ plan, streams }: ReportContext): ReportBlock[] {
  const windows = plan.changeCalendar?.windows ?? [];
  if (windows.length === 0) {
    return [
      paragraph("No freeze, blackout or maintenance window: the plan's change calendar has none."),
    ];
  }
  const names = new Map(streams.map((stream) => [stream.id, streamTitle(stream)]));
  return [
    {
      kind: 'table',
      header: ['Window', 'Kind', 'From', 'To', 'Applies to'],
      rows: windows.map((w) => {
        const scoped = [
          ...(w.scope?.streamIds ?? []).map((id) => names.get(id) ?? 'a stream not in the design'),
          ...(w.scope?.approvalModes ?? []).map((mode) => `${mode} releases`),
        ];
        return [
          textOr(w.name, 'unnamed'),
          WINDOW_WORDS[w.kind],
          w.start,
          w.end,
          scoped.length > 0 ? scoped.join(', ') : 'every stream',
        ];
      }),
    },
  ];
}
