import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { RemoveRowButton } from '../../ui/RemoveRowButton';
import { format } from 'date-fns';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore } from '../../state/document-store';
import { DayInput } from '../../ui/DayInput';
import { formatDay } from '../../ui/dates';
import { useFieldError } from '../../ui/field-problems';
import { PlusIcon } from '../../ui/icons';
import { PlanTextInput } from '../../ui/PlanTextField';
import { addHoliday, removeHoliday, updateHoliday } from './calendar-edits';

/** Public holidays: not working days, so daily streams skip them. */
export function HolidaysTable() {
  const holidays = useDocumentStore(useShallow((s) => s.plan?.changeCalendar?.holidays ?? []));
  return (
    <>
      {holidays.length === 0 ? (
        <Text size="sm" c="dimmed">
          No public holidays listed.
        </Text>
      ) : (
        <Table verticalSpacing={4} horizontalSpacing="xs" aria-label="Public holidays">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={190}>Date</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th w={44}>
                <VisuallyHidden>Remove</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {holidays.map((holiday, index) => (
              <HolidayRow
                key={`${holiday.date}-${String(index)}`}
                index={index}
                date={holiday.date}
                name={holiday.name}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<PlusIcon />}
          onClick={() => {
            addHoliday({ date: format(new Date(), 'yyyy-MM-dd'), name: '' });
          }}
        >
          Add holiday
        </Button>
      </Group>
    </>
  );
}

function HolidayRow({ index, date, name }: { index: number; date: string; name: string }) {
  const path = `changeCalendar.holidays[${String(index)}]`;
  const dateError = useFieldError(`${path}.date`);
  const label = name.trim() === '' ? `the holiday on ${formatDay(date)}` : name;
  return (
    <Table.Tr data-testid="holiday-row">
      <Table.Td>
        <DayInput
          size="sm"
          aria-label={`Date of ${label}`}
          data-path={`${path}.date`}
          value={date}
          error={dateError}
          popoverProps={{ withinPortal: true }}
          onChange={(value) => {
            if (value) {
              updateHoliday(index, (draft) => {
                draft.date = value;
              });
            }
          }}
        />
      </Table.Td>
      <Table.Td>
        <PlanTextInput
          size="sm"
          aria-label={`Name of the holiday on ${formatDay(date)}`}
          placeholder="e.g. Christmas Day"
          path={`${path}.name`}
          value={name}
          onValue={(value) => {
            updateHoliday(
              index,
              (draft) => {
                draft.name = value;
              },
              `${path}.name`,
            );
          }}
        />
      </Table.Td>
      <Table.Td>
        <RemoveRowButton
          tip="Remove this holiday"
          label={`Remove ${label}`}
          onRemove={() => {
            removeHoliday(index);
          }}
        />
      </Table.Td>
    </Table.Tr>
  );
}
