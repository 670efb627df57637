import type { Draft } from 'immer';
import { WINDOW_ID_PREFIX } from '../../../../core/calendar/ics-merge';
import { nextIds } from '../../../../core/plan/new-ids';
import type { Plan } from '../../../../core/plan/schema';
import type {
  ChangeCalendar,
  ChangeWindow,
  Holiday,
  Weekday,
} from '../../../../core/plan/schema-calendar';
import { DEFAULT_WORKING_DAYS, WEEKDAYS } from '../../../../core/plan/schema-calendar';
import { editPlan } from '../../ui/edit-plan';

/**
 * The change calendar's edits, each one undo step (typing in one field coalesces). A calendar
 * left with nothing in it is removed, so a plan that never had one saves as it was read.
 */

function calendarOf(draft: Draft<Plan>): Draft<ChangeCalendar> {
  draft.changeCalendar ??= {};
  return draft.changeCalendar;
}

function tidy(draft: Draft<Plan>): void {
  const calendar = draft.changeCalendar;
  if (!calendar) return;
  if (calendar.windows?.length === 0) Reflect.deleteProperty(calendar, 'windows');
  if (calendar.holidays?.length === 0) Reflect.deleteProperty(calendar, 'holidays');
  if (Object.keys(calendar).length === 0) Reflect.deleteProperty(draft, 'changeCalendar');
}

/** Monday to Friday is the default and is not written; any other choice is, in week order. */
export function setWorkingDays(days: readonly Weekday[]): void {
  editPlan((draft) => {
    const ordered = WEEKDAYS.filter((day) => days.includes(day));
    const isDefault =
      ordered.length === DEFAULT_WORKING_DAYS.length &&
      ordered.every((day, index) => DEFAULT_WORKING_DAYS[index] === day);
    if (isDefault) {
      if (draft.changeCalendar) Reflect.deleteProperty(draft.changeCalendar, 'workingDays');
    } else {
      calendarOf(draft).workingDays = ordered;
    }
    tidy(draft);
  });
}

/** A new window starting on `start`, a week long; returns its id so the editor can focus it. */
export function addWindow(start: string, end: string): string {
  let id = '';
  editPlan((draft) => {
    const calendar = calendarOf(draft);
    const windows = (calendar.windows ??= []);
    id =
      nextIds(
        WINDOW_ID_PREFIX,
        windows.map((window) => window.id),
      )[0] ?? WINDOW_ID_PREFIX;
    windows.push({ id, kind: 'freeze', name: '', start, end });
  });
  return id;
}

export function updateWindow(
  index: number,
  recipe: (window: Draft<ChangeWindow>) => void,
  coalesceKey?: string,
): void {
  editPlan((draft) => {
    const window = draft.changeCalendar?.windows?.[index];
    if (window) recipe(window);
  }, coalesceKey);
}

export function removeWindow(index: number): void {
  editPlan((draft) => {
    draft.changeCalendar?.windows?.splice(index, 1);
    tidy(draft);
  });
}

export function addHoliday(holiday: Holiday): void {
  editPlan((draft) => {
    const holidays = (calendarOf(draft).holidays ??= []);
    holidays.push(holiday);
  });
}

export function updateHoliday(
  index: number,
  recipe: (holiday: Draft<Holiday>) => void,
  coalesceKey?: string,
): void {
  editPlan((draft) => {
    const holiday = draft.changeCalendar?.holidays?.[index];
    if (holiday) recipe(holiday);
  }, coalesceKey);
}

export function removeHoliday(index: number): void {
  editPlan((draft) => {
    draft.changeCalendar?.holidays?.splice(index, 1);
    tidy(draft);
  });
}

/** An imported calendar replaces the plan's in one step: one undo takes the import back. */
export function replaceCalendar(calendar: ChangeCalendar): void {
  editPlan((draft) => {
    draft.changeCalendar = calendar;
    tidy(draft);
  });
}
