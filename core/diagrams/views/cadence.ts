import { indexPlan } from '../../plan/plan-index';
import { addCalendarDays, parseDay } from '../../metrics/calendar';
import { scheduleForMetrics, type ScheduledStream } from '../../metrics/scheduled-runs';
import type { Plan } from '../../plan/schema';
import { PROPOSED_NOTE, type DesignInUse } from '../design';
import { allFit, count, noteDiagram, packInOrder, toDiagramSet, tooLarge } from '../fit';
import { writeGantt, type GanttSection } from '../gantt';
import { deliveryLabel } from '../labels';
import { calendarWindowSections } from './calendar-windows';
import { bandsOf, laneSection, type LaneWindow } from './cadence-lanes';
import { resolveLimits, type SizedDiagram } from '../size';
import { DIAGRAM_VIEW_TITLES, type DiagramOptions, type DiagramSet } from '../types';

/**
 * When each stream runs over a window of weeks, one lane per stream, beside the packaged
 * releases and the change calendar's windows. Each lane draws the stream's schedule, the runs
 * the metrics count (see cadence-lanes.ts).
 */
const TITLE = DIAGRAM_VIEW_TITLES.cadence;
export const DEFAULT_CADENCE_WEEKS = 4;
/** Ten years: beyond that a window is a typing slip, not a plan. */
export const MAX_CADENCE_WEEKS = 520;
const MAX_STREAMS_PER_DIAGRAM = 10;
/** The longest window drawn run by run; the same bound gives the axis a tick every week. */
const RUN_BY_RUN_WEEKS = 12;

type Window = LaneWindow;

/** Where the window starts unless one is chosen: the horizon's start, else the first delivery. */
export function defaultCadenceStart(plan: Plan): string | undefined {
  const deliveryDates = plan.packagedPlan.deliveries.map((delivery) => delivery.date).sort();
  return plan.strategy.horizon?.start ?? deliveryDates[0];
}

/** The chosen window, or 4 weeks from the default start. */
function resolveWindow(plan: Plan, options: DiagramOptions): Window | string {
  const chosen = options.cadenceWindow;
  const start = chosen?.start ?? defaultCadenceStart(plan);
  if (start === undefined) {
    return 'The plan has no deliveries and no horizon, so there is no date to start the cadence window from: choose one.';
  }
  if (parseDay(start) === null) {
    return `The cadence window starts on "${start}", which is not a date written YYYY-MM-DD.`;
  }
  const requested = chosen?.weeks ?? DEFAULT_CADENCE_WEEKS;
  if (!Number.isFinite(requested) || requested < 1 || requested > MAX_CADENCE_WEEKS) {
    return `The cadence window must be 1 to ${String(MAX_CADENCE_WEEKS)} weeks long (got ${String(requested)}).`;
  }
  const weeks = Math.round(requested);
  const end = addCalendarDays(start, weeks * 7 - 1);
  if (end === null)
    return `A window of ${String(weeks)} weeks from ${start} runs past any calendar date.`;
  return { start, end, weeks };
}

function releaseSection(plan: Plan, window: Window, bandWeeks: number): GanttSection {
  const inWindow = plan.packagedPlan.deliveries
    .filter((delivery) => delivery.date >= window.start && delivery.date <= window.end)
    .sort((a, b) => a.date.localeCompare(b.date));
  const title = ['Packaged releases'];
  if (inWindow.length === 0) {
    return {
      title,
      tasks: [
        { text: 'No packaged release in this window', start: window.start, days: window.weeks * 7 },
      ],
    };
  }
  if (bandWeeks === 0) {
    return {
      title,
      tasks: inWindow.map((delivery) => ({
        text: deliveryLabel(delivery),
        start: delivery.date,
        days: 0,
      })),
    };
  }
  return {
    title,
    tasks: bandsOf(window, bandWeeks).flatMap((band) => {
      const due = inWindow.filter((d) => d.date >= band.start && d.date <= band.end);
      const first = due[0];
      if (!first) return [];
      const text = due.length === 1 ? deliveryLabel(first) : count(due.length, 'packaged release');
      return [{ text, start: first.date, days: 0 }];
    }),
  };
}

export function buildCadenceDiagramOf(
  plan: Plan,
  design: DesignInUse,
  options: DiagramOptions,
): DiagramSet {
  const limits = resolveLimits(options);
  const window = resolveWindow(plan, options);
  if (typeof window === 'string') return toDiagramSet('cadence', [noteDiagram(TITLE, [window])]);
  const span = `${window.start} to ${window.end}`;
  const base = design.proposed ? `${TITLE} · ${span} (${PROPOSED_NOTE})` : `${TITLE} · ${span}`;
  // Each lane draws its stream's schedule: the change calendar and its items' dates kept.
  const lanes: ScheduledStream[] = scheduleForMetrics(plan, indexPlan(plan), design.streams);
  const windows = calendarWindowSections(plan, window);
  const total = lanes.length;

  // Splitting draws each lane several times: its section is worked out once per band width.
  const sections = new Map<number, Map<ScheduledStream, GanttSection>>();
  const sectionOf = (lane: ScheduledStream, bandWeeks: number): GanttSection => {
    const known = sections.get(bandWeeks) ?? new Map<ScheduledStream, GanttSection>();
    sections.set(bandWeeks, known);
    const section = known.get(lane) ?? laneSection(lane, window, bandWeeks);
    known.set(lane, section);
    return section;
  };
  const releases = new Map<number, GanttSection>();
  const releasesOf = (bandWeeks: number): GanttSection => {
    const section = releases.get(bandWeeks) ?? releaseSection(plan, window, bandWeeks);
    releases.set(bandWeeks, section);
    return section;
  };
  const render = (
    chunk: readonly { lane: ScheduledStream; index: number }[],
    bandWeeks: number,
  ): SizedDiagram => {
    const first = chunk[0]?.index ?? 0;
    const last = chunk[chunk.length - 1]?.index ?? 0;
    const title =
      chunk.length === total
        ? base
        : `${base} · streams ${String(first + 1)}–${String(last + 1)} of ${String(total)}`;
    return writeGantt(
      {
        compact: true,
        weeklyTicks: window.weeks <= RUN_BY_RUN_WEEKS,
        width: options.ganttWidth,
        sections: [
          releasesOf(bandWeeks),
          ...windows,
          ...chunk.map(({ lane }) => sectionOf(lane, bandWeeks)),
        ],
      },
      title,
    );
  };
  const indexed = lanes.map((lane, index) => ({ lane, index }));
  const split = (bandWeeks: number): SizedDiagram[] => {
    const groups: (typeof indexed)[] = [];
    for (let at = 0; at < indexed.length; at += MAX_STREAMS_PER_DIAGRAM) {
      groups.push(indexed.slice(at, at + MAX_STREAMS_PER_DIAGRAM));
    }
    return groups.flatMap((group) =>
      packInOrder(group, (chunk) => render(chunk, bandWeeks), limits).map((part) => part.diagram),
    );
  };

  const why = tooLarge(limits);
  // Past a quarter, runs drawn one by one overlap into a smear: the lanes count them instead.
  const runByRun = window.weeks <= RUN_BY_RUN_WEEKS;
  if (runByRun) {
    const whole = render(indexed, 0);
    if (total <= MAX_STREAMS_PER_DIAGRAM && allFit([whole], limits)) {
      return toDiagramSet('cadence', [whole]);
    }
    const byStreams = split(0);
    if (allFit(byStreams, limits)) {
      return toDiagramSet('cadence', byStreams, {
        how: 'split',
        message: `The cadence of ${String(total)} streams is too much for one timeline (${why}, or more than ${String(MAX_STREAMS_PER_DIAGRAM)} streams), so it is split into ${String(byStreams.length)} timelines, each with the packaged releases.`,
      });
    }
  }
  // Runs counted per band of weeks: at most 26 bands a lane, however long the window.
  const bandWeeks = Math.max(1, Math.ceil(window.weeks / 26));
  const bands = bandWeeks === 1 ? 'week' : `${String(bandWeeks)} weeks`;
  const counted = render(indexed, bandWeeks);
  const tooLong = runByRun
    ? `The window is too long to draw every run (${why})`
    : `Over more than ${String(RUN_BY_RUN_WEEKS)} weeks runs drawn one by one would overlap`;
  if (total <= MAX_STREAMS_PER_DIAGRAM && allFit([counted], limits)) {
    return toDiagramSet('cadence', [counted], {
      how: 'aggregated',
      message: `${tooLong}, so each stream shows how many times it runs in each ${bands}.`,
    });
  }
  const countedParts = split(bandWeeks);
  return toDiagramSet('cadence', countedParts, {
    how: 'split',
    message: `The cadence is too much for one timeline (${why}), so each stream shows how many times it runs in each ${bands}, and the streams are split into ${String(countedParts.length)} timelines, each with the packaged releases.`,
  });
}
