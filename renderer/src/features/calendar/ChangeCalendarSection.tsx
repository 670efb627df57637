import { Button, Chip, Group, Stack, Text, Title } from '@mantine/core';
import { useShallow } from 'zustand/react/shallow';
import {
  DEFAULT_WORKING_DAYS,
  WEEKDAYS,
  type Weekday,
} from '../../../../core/plan/schema-calendar';
import { useDocumentStore } from '../../state/document-store';
import { FormSection } from '../../ui/FormSection';
import { setWorkingDays } from './calendar-edits';
import { WEEKDAY_LABELS } from './calendar-labels';
import { HolidaysTable } from './HolidaysTable';
import { runExportScheduleCommand } from './export-schedule-command';
import { runImportCalendarCommand } from './import-calendar-command';
import { WindowsTable } from './WindowsTable';

/**
 * The change calendar: the days changes are made, public holidays, and the freeze, blackout and
 * maintenance windows with what each one blocks. Stream runs are scheduled around it.
 */
export function ChangeCalendarSection() {
  return (
    <FormSection
      title="Change calendar"
      data-path="changeCalendar"
      description="Working days, public holidays, and the freeze, blackout and maintenance windows the streams are scheduled around. Import them from Outlook or the ITSM tool as an .ics file."
      actions={
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={() => void runImportCalendarCommand()}>
            Import .ics…
          </Button>
          <Button size="xs" variant="default" onClick={() => void runExportScheduleCommand()}>
            Export schedule (.ics)…
          </Button>
        </Group>
      }
    >
      <WorkingDaysField />
      <Stack gap={6}>
        <Title order={3} size="h5">
          Freeze, blackout and maintenance windows
        </Title>
        <WindowsTable />
      </Stack>
      <Stack gap={6}>
        <Title order={3} size="h5">
          Public holidays
        </Title>
        <HolidaysTable />
      </Stack>
    </FormSection>
  );
}

function WorkingDaysField() {
  const days = useDocumentStore(
    useShallow((s) => s.plan?.changeCalendar?.workingDays ?? DEFAULT_WORKING_DAYS),
  );
  return (
    <Stack gap={6} data-path="changeCalendar.workingDays">
      <Text size="sm" fw={500} id="working-days-label">
        Working days
      </Text>
      <Chip.Group
        multiple
        value={[...days]}
        onChange={(value) => {
          setWorkingDays(
            value.filter((day): day is Weekday => (WEEKDAYS as readonly string[]).includes(day)),
          );
        }}
      >
        <Group gap={6} role="group" aria-labelledby="working-days-label">
          {WEEKDAYS.map((day) => (
            <Chip key={day} value={day} size="sm">
              {WEEKDAY_LABELS[day]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Text size="xs" c="dimmed">
        Daily and every-few-days streams run on these days, except on public holidays.
      </Text>
    </Stack>
  );
}
