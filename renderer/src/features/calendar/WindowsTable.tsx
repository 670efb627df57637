import { Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { RemoveRowButton } from '../../ui/RemoveRowButton';
import { addDays, format } from 'date-fns';
import { useShallow } from 'zustand/react/shallow';
import {
  WINDOW_KINDS,
  type ChangeWindow,
  type WindowKind,
} from '../../../../core/plan/schema-calendar';
import { useDocumentStore } from '../../state/document-store';
import { DayInput } from '../../ui/DayInput';
import { useFieldError } from '../../ui/field-problems';
import { PlusIcon } from '../../ui/icons';
import { PlanTextInput } from '../../ui/PlanTextField';
import { addWindow, removeWindow, updateWindow } from './calendar-edits';
import { WINDOW_KIND_LABELS } from '../../../../core/plan/calendar-labels';
import { WINDOW_KIND_HINTS } from './calendar-labels';
import { WindowScopeField } from './WindowScopeField';
import { FIELD_LABELS } from '../../../../core/plan/field-labels';

function isKind(value: string): value is WindowKind {
  return (WINDOW_KINDS as readonly string[]).includes(value);
}

/** The freeze, blackout and maintenance windows, one row each, both dates included. */
export function WindowsTable() {
  const windows = useDocumentStore(useShallow((s) => s.plan?.changeCalendar?.windows ?? []));
  return (
    <>
      {windows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No windows yet. Add the year-end freeze, the month-end close, the agreed maintenance
          slots, or import them from an .ics file.
        </Text>
      ) : (
        <Stack gap="xs" role="list" aria-label="Calendar windows">
          {windows.map((window, index) => (
            <WindowRow key={window.id} window={window} index={index} />
          ))}
        </Stack>
      )}
      <Group>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<PlusIcon />}
          onClick={() => {
            const today = new Date();
            addWindow(format(today, 'yyyy-MM-dd'), format(addDays(today, 6), 'yyyy-MM-dd'));
          }}
        >
          Add window
        </Button>
      </Group>
    </>
  );
}

function WindowRow({ window, index }: { window: ChangeWindow; index: number }) {
  const path = `changeCalendar.windows[${String(index)}]`;
  const startError = useFieldError(`${path}.start`);
  const endError = useFieldError(`${path}.end`);
  const label = window.name.trim() === '' ? `window ${window.id}` : window.name;
  const dateField = (field: 'start' | 'end', error: string | undefined) => (
    <DayInput
      size="sm"
      w={150}
      label={field === 'start' ? FIELD_LABELS.windowStart : FIELD_LABELS.windowEnd}
      aria-label={`${field === 'start' ? 'First' : 'Last'} day of ${label}`}
      data-path={`${path}.${field}`}
      value={window[field]}
      error={error}
      popoverProps={{ withinPortal: true }}
      onChange={(value) => {
        if (!value) return;
        updateWindow(index, (draft) => {
          draft[field] = value;
          // Moving one end past the other moves both: a window never ends before it starts.
          if (draft.start > draft.end) {
            if (field === 'start') draft.end = value;
            else draft.start = value;
          }
        });
      }}
    />
  );
  return (
    <Paper withBorder radius="sm" p="xs" role="listitem" data-testid="window-row">
      <Group gap="xs" align="flex-start" wrap="wrap">
        <NativeSelect
          size="sm"
          w={150}
          label="Kind"
          aria-label={`Kind of ${label}`}
          data-path={`${path}.kind`}
          value={window.kind}
          description={WINDOW_KIND_HINTS[window.kind]}
          inputWrapperOrder={['label', 'input', 'description']}
          data={WINDOW_KINDS.map((kind) => ({ value: kind, label: WINDOW_KIND_LABELS[kind] }))}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (!isKind(value)) return;
            updateWindow(index, (draft) => {
              draft.kind = value;
            });
          }}
        />
        <PlanTextInput
          size="sm"
          label="Name"
          style={{ flex: '1 1 12rem' }}
          aria-label={`Name of window ${window.id}`}
          placeholder="e.g. Year-end freeze"
          path={`${path}.name`}
          value={window.name}
          onValue={(value) => {
            updateWindow(
              index,
              (draft) => {
                draft.name = value;
              },
              `${path}.name`,
            );
          }}
        />
        {dateField('start', startError)}
        {dateField('end', endError)}
        <div style={{ flex: '1 1 14rem' }}>
          <WindowScopeField window={window} index={index} label={label} />
        </div>
        <RemoveRowButton
          tip="Remove this window"
          label={`Remove ${label}`}
          mt={26}
          onRemove={() => {
            removeWindow(index);
          }}
        />
      </Group>
    </Paper>
  );
}
