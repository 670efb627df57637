import { notifications } from '@mantine/notifications';
import { forwardScheduleIcs, scheduleContents } from '../../../../core/calendar/ics-write';
import { designFor } from '../../../../core/conversion/design-for';
import { slugify } from '../../../../core/export/file-names';
import { getStudio, unwrap } from '../../platform/studio';
import { useDocumentStore } from '../../state/document-store';

/**
 * File › Export schedule of change…: the forward schedule as an .ics file, one event per
 * planned stream run (around the change calendar) and per go-live, saved through main's one
 * export dialog. A plan not converted yet is scheduled with the streams the rules propose.
 */
export async function runExportScheduleCommand(): Promise<void> {
  const plan = useDocumentStore.getState().plan;
  if (!plan) {
    notifications.show({
      title: 'No plan is open',
      message: 'Open a plan first: its streams and go-lives make the schedule.',
      color: 'yellow',
    });
    return;
  }
  const design = designFor(plan);
  const schedule = forwardScheduleIcs(plan, {
    generatedAt: new Date().toISOString(),
    streams: design.streams,
  });
  if (schedule.runs + schedule.goLives === 0) {
    notifications.show({
      title: 'Nothing to schedule',
      message: 'The plan has no delivery and no stream run, so the schedule would be empty.',
      color: 'yellow',
    });
    return;
  }
  try {
    const { path } = await unwrap(
      getStudio().exportFile({
        suggestedName: `${slugify(plan.title)}-schedule.ics`,
        format: 'ics',
        data: schedule.text,
      }),
    );
    if (path === null) return;
    notifications.show({
      title: 'Schedule of change exported',
      message: `${scheduleContents(schedule)}${design.proposed ? ' (streams as the rules propose them: the plan is not converted yet)' : ''}, saved to ${path}.`,
      color: 'teal',
    });
  } catch (error) {
    notifications.show({
      title: 'Could not export the schedule',
      message: error instanceof Error ? error.message : String(error),
      color: 'red',
    });
  }
}
