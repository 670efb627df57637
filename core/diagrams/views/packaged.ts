import { addCalendarDays, daysBetween } from '../../metrics/calendar';
import { ITEM_KIND_LABELS } from '../../plan/item-kinds';
import type { Delivery, Item, ItemKind, Plan } from '../../plan/schema';
import { MAX_SECTION_LENGTH, shortenLabel } from '../escape';
import { allFit, count, noteDiagram, packInOrder, toDiagramSet, tooLarge } from '../fit';
import { writeGantt, type GanttSection, type GanttTask } from '../gantt';
import { resolveLimits, type SizedDiagram } from '../size';
import { calendarWindowSections } from './calendar-windows';
import { DIAGRAM_VIEW_TITLES, type DiagramOptions, type DiagramSet } from '../types';

/**
 * The packaged plan as a gantt chart: one section per delivery with its go-live, the ops
 * briefing at t-N weeks, the training from t-N weeks up to go-live and early life support for
 * N days from go-live; above them the change calendar's windows over those dates.
 */
const TITLE = DIAGRAM_VIEW_TITLES.packaged;

type TimedItem = Extract<Item, { kind: 'opsBriefing' | 'training' | 'earlyLifeSupport' }>;
type TimedKind = TimedItem['kind'];

const TIMED_ORDER: Record<TimedKind, number> = { training: 0, opsBriefing: 1, earlyLifeSupport: 3 };
const GO_LIVE_ORDER = 2;

/** What a go-live carries, as a transition manager would list it. */
/** Kinds that go live with the delivery (the timed kinds have bars of their own). */
const CONTENT_KINDS: ReadonlySet<ItemKind> = new Set([
  'functional',
  'nonFunctional',
  'infrastructure',
  'document',
  'other',
]);

function isTimed(item: Item): item is TimedItem {
  return (
    item.kind === 'opsBriefing' || item.kind === 'training' || item.kind === 'earlyLifeSupport'
  );
}

/** The figure of a timed item: weeks before go-live, or days after it. */
function offsetOf(item: TimedItem): number {
  return item.kind === 'earlyLifeSupport' ? item.days : item.leadWeeks;
}

function describeTiming(kind: TimedKind, low: number, high: number): string {
  const span = low === high ? String(low) : `${String(low)} to ${String(high)}`;
  const weeks = `${span} ${low === high && low === 1 ? 'week' : 'weeks'}`;
  switch (kind) {
    case 'opsBriefing':
      return low === high
        ? `Ops briefing (t-${weeks})`
        : `Ops briefing (t-${String(high)} to t-${String(low)} weeks)`;
    case 'training':
      return low === high
        ? `Training from t-${weeks}`
        : `Training from t-${String(high)} to t-${String(low)} weeks`;
    case 'earlyLifeSupport':
      return `ELS +${span} ${low === high && low === 1 ? 'day' : 'days'}`;
  }
}

interface Bar {
  start: string;
  days: number;
}

/** Where a timed item sits around its delivery's date; at the date if the calendar ends. */
function barOf(kind: TimedKind, figure: number, date: string): Bar {
  if (kind === 'earlyLifeSupport') return { start: date, days: Math.ceil(figure) };
  const lead = Math.round(figure * 7);
  const start = addCalendarDays(date, -lead);
  if (start === null) return { start: date, days: 0 };
  return { start, days: kind === 'training' ? lead : 1 };
}

interface OrderedTask {
  task: GanttTask;
  order: number;
}

/**
 * The go-live milestone says how many items go live, not which kinds: a long label does not fit
 * right of a late milestone, and Mermaid then draws it leftwards over the delivery's name and
 * date and cuts it at the chart's edge (the kinds are the bars and the packaged plan's to say).
 */
function goLive(delivery: Delivery): GanttTask {
  const live = delivery.items.filter((item) => CONTENT_KINDS.has(item.kind)).length;
  return {
    text: live === 0 ? 'Go-live' : `Go-live · ${count(live, 'item', 'items')}`,
    start: delivery.date,
    days: 0,
  };
}

function itemTask(item: TimedItem, date: string): GanttTask {
  const figure = offsetOf(item);
  const timing = describeTiming(item.kind, figure, figure);
  const title = shortenLabel(item.title);
  const sameAsKind = title.toLowerCase() === ITEM_KIND_LABELS[item.kind].toLowerCase();
  return {
    text: title === '' || sameAsKind ? timing : `${timing} · ${title}`,
    ...barOf(item.kind, figure, date),
  };
}

/** All timed items of one kind as one bar from the earliest start to the latest end. */
function groupTask(kind: TimedKind, items: readonly TimedItem[], date: string): GanttTask {
  // A loop, not Math.min(...figures): a delivery of 200,000 items would overflow the stack.
  let low = Infinity;
  let high = -Infinity;
  for (const item of items) {
    const figure = offsetOf(item);
    low = Math.min(low, figure);
    high = Math.max(high, figure);
  }
  const earliest = barOf(kind, kind === 'earlyLifeSupport' ? low : high, date);
  const latest = barOf(kind, kind === 'earlyLifeSupport' ? high : low, date);
  const endOf = (bar: Bar): string => addCalendarDays(bar.start, bar.days) ?? bar.start;
  const end = endOf(latest) > endOf(earliest) ? endOf(latest) : endOf(earliest);
  const days = Math.max(0, daysBetween(earliest.start, end));
  return {
    text: `${describeTiming(kind, low, high)} × ${String(items.length)}`,
    start: earliest.start,
    days,
  };
}

function deliverySection(delivery: Delivery, grouped: boolean): GanttSection {
  const tasks: OrderedTask[] = [{ task: goLive(delivery), order: GO_LIVE_ORDER }];
  const timed = delivery.items.filter(isTimed);
  if (grouped) {
    for (const kind of ['training', 'opsBriefing', 'earlyLifeSupport'] as const) {
      const ofKind = timed.filter((item) => item.kind === kind);
      if (ofKind.length === 0) continue;
      const task =
        ofKind.length === 1 && ofKind[0]
          ? itemTask(ofKind[0], delivery.date)
          : groupTask(kind, ofKind, delivery.date);
      tasks.push({ task, order: TIMED_ORDER[kind] });
    }
  } else {
    for (const item of timed) {
      tasks.push({ task: itemTask(item, delivery.date), order: TIMED_ORDER[item.kind] });
    }
  }
  // Chronological, so the chart reads top to bottom as the transition unfolds.
  const sorted = tasks
    .map((entry, index) => ({ ...entry, index }))
    .sort(
      (a, b) => a.task.start.localeCompare(b.task.start) || a.order - b.order || a.index - b.index,
    );
  const name = shortenLabel(delivery.name, MAX_SECTION_LENGTH);
  return {
    title: name === '' ? [delivery.date] : [name, delivery.date],
    tasks: sorted.map((entry) => entry.task),
  };
}

/** The days the chart's bars cover, so the calendar's windows are drawn inside them only. */
function spanOf(sections: readonly GanttSection[]): { start: string; end: string } | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const section of sections) {
    for (const task of section.tasks) {
      const last = addCalendarDays(task.start, Math.max(0, task.days - 1)) ?? task.start;
      if (start === null || task.start < start) start = task.start;
      if (end === null || last > end) end = last;
    }
  }
  return start === null || end === null ? null : { start, end };
}

function render(
  plan: Plan,
  deliveries: readonly { delivery: Delivery; index: number }[],
  grouped: boolean,
  total: number,
  width: number | undefined,
): SizedDiagram {
  const first = deliveries[0]?.index ?? 0;
  const last = deliveries[deliveries.length - 1]?.index ?? 0;
  const title =
    deliveries.length === total
      ? TITLE
      : `${TITLE} · deliveries ${String(first + 1)}–${String(last + 1)} of ${String(total)}`;
  const sections = deliveries.map(({ delivery }) => deliverySection(delivery, grouped));
  const span = spanOf(sections);
  const windows = span === null ? [] : calendarWindowSections(plan, span);
  return writeGantt({ compact: false, width, sections: [...windows, ...sections] }, title);
}

export function buildPackagedDiagram(plan: Plan, options: DiagramOptions): DiagramSet {
  const limits = resolveLimits(options);
  const deliveries = plan.packagedPlan.deliveries.map((delivery, index) => ({ delivery, index }));
  if (deliveries.length === 0) {
    return toDiagramSet('packaged', [noteDiagram(TITLE, ['The packaged plan has no deliveries.'])]);
  }
  const total = deliveries.length;
  const full = render(plan, deliveries, false, total, options.ganttWidth);
  if (allFit([full], limits)) return toDiagramSet('packaged', [full]);

  const grouped = render(plan, deliveries, true, total, options.ganttWidth);
  const why = tooLarge(limits);
  if (allFit([grouped], limits)) {
    return toDiagramSet('packaged', [grouped], {
      how: 'aggregated',
      message: `The packaged plan is too large to draw item by item (${why}), so each delivery shows its ops briefings, training and early life support as one bar per kind, with counts.`,
    });
  }
  const parts = packInOrder(
    deliveries,
    (chunk) => render(plan, chunk, true, total, options.ganttWidth),
    limits,
  );
  return toDiagramSet(
    'packaged',
    parts.map((part) => part.diagram),
    {
      how: 'split',
      message: `The packaged plan is too large for one diagram (${why}), so it is split into ${String(parts.length)} diagrams by delivery, each delivery showing its ops briefings, training and early life support as one bar per kind, with counts.`,
    },
  );
}
