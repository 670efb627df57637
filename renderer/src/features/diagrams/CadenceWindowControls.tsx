import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import {
  CADENCE_SPANS,
  CADENCE_SPAN_LABELS,
  shiftCadenceWindow,
  type CadenceSpan,
  type CadenceWindow,
} from '../../../../core/diagrams/cadence-window';
import { addCalendarDays } from '../../../../core/metrics/calendar';
import { DayInput } from '../../ui/DayInput';
import { formatDay } from '../../ui/dates';

/** What the reader chose: a start (null: the plan's own) and how many weeks to show. */
export interface CadenceChoice {
  start: string | null;
  span: CadenceSpan;
}

export const PLAN_CADENCE_WINDOW: CadenceChoice = { start: null, span: '4' };

function isSpan(value: string): value is CadenceSpan {
  return (CADENCE_SPANS as readonly string[]).includes(value);
}

/**
 * Moves the cadence view's window through the plan: earlier and later by its own length, from a
 * chosen week, or the whole horizon at once (drawn as runs per band of weeks when it is long).
 */
export function CadenceWindowControls({
  window,
  value,
  onChange,
}: {
  window: CadenceWindow | null;
  value: CadenceChoice;
  onChange: (next: CadenceChoice) => void;
}) {
  const whole = value.span === 'whole';
  const move = (direction: -1 | 1) => {
    if (window) onChange({ ...value, start: shiftCadenceWindow(window, direction).start });
  };
  const end = window ? addCalendarDays(window.start, window.weeks * 7 - 1) : null;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SegmentedControl
        aria-label="Cadence window"
        value={value.span}
        onChange={(span) => {
          if (isSpan(span)) onChange({ ...value, span });
        }}
        data={CADENCE_SPANS.map((span) => ({ value: span, label: CADENCE_SPAN_LABELS[span] }))}
      />
      <Button variant="default" disabled={whole || !window} onClick={() => move(-1)}>
        ‹ Earlier
      </Button>
      <Button variant="default" disabled={whole || !window} onClick={() => move(1)}>
        Later ›
      </Button>
      <DayInput
        label="From"
        w={150}
        disabled={whole}
        value={window?.start ?? null}
        popoverProps={{ withinPortal: true }}
        onChange={(start) => {
          if (start) onChange({ ...value, start });
        }}
      />
      {window && end ? (
        <Text size="sm" c="dimmed" data-testid="cadence-window-span">
          {formatDay(window.start)} – {formatDay(end)}
        </Text>
      ) : null}
    </Group>
  );
}
