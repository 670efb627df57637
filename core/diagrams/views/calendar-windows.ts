import { daysBetween } from '../../metrics/calendar';
import type { CalendarWindow } from '../../metrics/occurrences';
import { WINDOW_KIND_LABELS, windowReach } from '../../plan/calendar-labels';
import type { Plan } from '../../plan/schema';
import type { ChangeWindow } from '../../plan/schema-calendar';
import { MAX_SECTION_LENGTH, shortenLabel } from '../escape';
import type { GanttSection, GanttTask } from '../gantt';

/** Windows named in rows of their own; more than this share one row after them. */
const NAMED_ROWS = 3;

/** The window's bar, clipped to the chart's dates, without text: its row's name says it. */
function barOf(window: ChangeWindow, span: CalendarWindow): GanttTask {
  const start = window.start < span.start ? span.start : window.start;
  const end = window.end > span.end ? span.end : window.end;
  const tag = window.kind === 'maintenance' ? 'done' : 'crit';
  return { text: '', start, days: daysBetween(start, end) + 1, tag };
}

/**
 * The change calendar's windows that overlap the chart's dates (a window years away would
 * otherwise stretch the axis), each in a row named in the section column: "Freeze: Year-end"
 * over "all streams". A bar's own text would not fit a few days' bar, and Mermaid then draws it
 * leftwards over the section names. Past NAMED_ROWS windows, the rest share one row.
 */
export function calendarWindowSections(plan: Plan, span: CalendarWindow): GanttSection[] {
  const visible = (plan.changeCalendar?.windows ?? [])
    .filter((window) => window.end >= span.start && window.start <= span.end)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const named = visible.length <= NAMED_ROWS + 1 ? visible : visible.slice(0, NAMED_ROWS);
  const rest = visible.slice(named.length);
  const sections: GanttSection[] = named.map((window) => {
    const name = window.name.trim() === '' ? window.id : window.name;
    return {
      title: [
        shortenLabel(`${WINDOW_KIND_LABELS[window.kind]}: ${name}`, MAX_SECTION_LENGTH),
        windowReach(window),
      ],
      tasks: [barOf(window, span)],
    };
  });
  if (rest.length > 0) {
    sections.push({
      title: ['Change calendar', `${String(rest.length)} more windows`],
      tasks: rest.map((window) => barOf(window, span)),
    });
  }
  return sections;
}
