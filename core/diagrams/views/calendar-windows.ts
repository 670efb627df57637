import { daysBetween } from '../../metrics/calendar';
import type { CalendarWindow } from '../../metrics/occurrences';
import type { Plan } from '../../plan/schema';
import { windowTitle } from '../../plan/calendar-labels';
import type { GanttSection } from '../gantt';

/**
 * The change calendar's windows that overlap the chart's dates, as one section of bars clipped
 * to those dates (a window years away would otherwise stretch the axis). Null when none does.
 */
export function calendarWindowsSection(plan: Plan, span: CalendarWindow): GanttSection | null {
  const windows = plan.changeCalendar?.windows ?? [];
  const tasks = windows.flatMap((window) => {
    if (window.end < span.start || window.start > span.end) return [];
    const start = window.start < span.start ? span.start : window.start;
    const end = window.end > span.end ? span.end : window.end;
    return [
      {
        text: windowTitle(window),
        start,
        days: daysBetween(start, end) + 1,
      },
    ];
  });
  return tasks.length === 0 ? null : { title: ['Change calendar'], tasks };
}
