import { notifications } from '@mantine/notifications';
import { calendarImportRange } from '../../../../core/calendar/import-range';
import { describeCalendarImport, mergeIcsCalendar } from '../../../../core/calendar/ics-merge';
import { capLines } from '../../../../core/text/quote-value';
import { getStudio, unwrap } from '../../platform/studio';
import { useDocumentStore } from '../../state/document-store';
import { replaceCalendar } from './calendar-edits';

/**
 * File › Import calendar…: main shows the open dialog and reads the .ics; its windows and
 * holidays go into the open plan as one undoable edit. What was added or updated, and every
 * event left out with why, is said in a notification (nothing is dropped silently).
 */
export async function runImportCalendarCommand(): Promise<void> {
  const plan = useDocumentStore.getState().plan;
  if (!plan) {
    notifications.show({
      title: 'No plan is open',
      message: 'Open or create a plan first, then import its change calendar into it.',
      color: 'yellow',
    });
    return;
  }
  try {
    const { file } = await unwrap(
      getStudio().chooseCalendarFile({ range: calendarImportRange(plan) }),
    );
    if (!file) return;
    const current = useDocumentStore.getState().plan ?? plan;
    const merged = mergeIcsCalendar(current.changeCalendar, file.calendar);
    replaceCalendar(merged.calendar);
    const { problems, notices } = file.calendar;
    notifications.show({
      title: `Imported ${file.name}`,
      // Every event left out is counted; the first few are named (a notification is small).
      message: [
        `${capitalise(describeCalendarImport(merged.counts))}.`,
        ...capLines(notices, (notice) => notice, { one: 'notice', many: 'notices' }, 3),
        ...capLines(
          problems,
          (problem) => problem,
          { one: 'event left out', many: 'events left out' },
          3,
        ),
      ].join(' '),
      color: problems.length > 0 ? 'yellow' : 'teal',
      autoClose: problems.length > 0 ? false : 8000,
    });
  } catch (error) {
    notifications.show({
      title: 'Could not import the calendar',
      message: error instanceof Error ? error.message : String(error),
      color: 'red',
    });
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
