import { daysBetween } from '../../metrics/calendar';
import type { CalendarWindow } from '../../metrics/occurrences';
import type { Plan } from '../../plan/schema';
import type { WindowKind } from '../../plan/schema-calendar';
import type { GanttSection } from '../gantt';

const KIND_WORDS: Readonly<Record<WindowKind, string>> = {
  freeze: 'Freeze',
  blackout: 'Blackout',
  maintenance: 'Maintenance',
};

/** Whom a window stops, in the words of the chart. */
function scopeWords(window: NonNullable<Plan['changeCalendar']>['windows'], at: number): string {
  const found = window?.[at];
  if (found === undefined || found.kind === 'maintenance') return 'blocks nothing';
  const named = (found.scope?.streamIds?.length ?? 0) + (found.scope?.approvalModes?.length ?? 0);
  return named === 0 ? 'all streams' : 'some streams';
}

/**
 * The change calendar's windows that overlap the chart's dates, as one section of bars clipped
 * to those dates (a window years away would otherwise stretch the axis). Null when none does.
 */
export function calendarWindowsSection(plan: Plan, span: CalendarWindow): GanttSection | null {
  const windows = plan.changeCalendar?.windows ?? [];
  const tasks = windows.flatMap((window, at) => {
    if (window.end < span.start || window.start > span.end) return [];
    const start = window.start < span.start ? span.start : window.start;
    const end = window.end > span.end ? span.end : window.end;
    const name = window.name.trim() === '' ? window.id : window.name;
    return [
      {
        text: `${KIND_WORDS[window.kind]}: ${name} (${scopeWords(windows, at)})`,
        start,
        days: daysBetween(start, end) + 1,
      },
    ];
  });
  return tasks.length === 0 ? null : { title: ['Change calendar'], tasks };
}
