import { Group, Select, Stack, Text } from '@mantine/core';
import { describeCadence } from '../../../core/plan/cadence-labels';
import type { Cadence } from '../../../core/plan/schema';
import { NumberField } from './NumberField';
import { useFieldError } from './field-problems';
import { cadenceOfKind, type CadenceKind } from '../state/stream-edits';
import { FIELD_LABELS } from '../../../core/plan/field-labels';

const KINDS: { value: CadenceKind; label: string }[] = [
  { value: 'daily', label: 'Daily' },
  { value: 'everyNDays', label: 'Every N days' },
  { value: 'timesPerWeek', label: 'Times a week' },
  { value: 'asRequired', label: 'As required' },
];

type NumberName = 'n' | 'min' | 'max';

const NUMBER_NAMES: Readonly<Record<NumberName, string>> = {
  n: 'Days between runs',
  min: 'Fewest runs a week',
  max: 'Most runs a week',
};

function isCadenceKind(value: string | null): value is CadenceKind {
  return KINDS.some((kind) => kind.value === value);
}

export interface CadenceFieldProps {
  cadence: Cadence;
  /** JSON path of the cadence, e.g. `streamDesign.streams[0].cadence`. */
  path: string;
  /** Names the stream in the fields' accessible names. */
  owner: string;
  onChange: (cadence: Cadence, coalesceKey?: string) => void;
}

/** Every cadence the format knows: daily, every N days, min–max times a week, as required. */
export function CadenceField({ cadence, path, owner, onChange }: CadenceFieldProps) {
  const kindError = useFieldError(path);
  const byField = {
    n: useFieldError(`${path}.n`),
    min: useFieldError(`${path}.min`),
    max: useFieldError(`${path}.max`),
  };
  const numberProblems = (['n', 'min', 'max'] as const).flatMap((field) => {
    const message = byField[field];
    return message === undefined ? [] : [{ field, message }];
  });
  const invalid = (field: NumberName) => byField[field] !== undefined;
  const messageId = `${path}-problems`;
  const describedBy = numberProblems.length > 0 ? messageId : undefined;
  // The three number fields differ only in which cadence field they write and their bounds.
  const numberProps = (field: NumberName, value: number, width: number): CadenceNumberProps => ({
    label: `${NUMBER_NAMES[field]} of ${owner}`,
    path: `${path}.${field}`,
    value,
    width,
    invalid: invalid(field),
    describedBy,
    onCommit: (next) => {
      onChange({ ...cadence, [field]: next }, `${path}.${field}`);
    },
  });

  return (
    <Stack gap={4}>
      <Select
        size="xs"
        label={FIELD_LABELS.cadence}
        aria-label={`Cadence of ${owner}`}
        data-path={path}
        data={KINDS}
        value={cadence.kind}
        allowDeselect={false}
        checkIconPosition="right"
        onChange={(value) => {
          if (isCadenceKind(value)) onChange(cadenceOfKind(value, cadence));
        }}
        error={kindError}
      />
      {cadence.kind === 'everyNDays' ? (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Text size="xs" mt={6}>
            every
          </Text>
          <CadenceNumber {...numberProps('n', cadence.n, 52)} min={2} />
          <Text size="xs" mt={6}>
            days
          </Text>
        </Group>
      ) : null}
      {cadence.kind === 'timesPerWeek' ? (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <CadenceNumber {...numberProps('min', cadence.min, 48)} min={1} max={7} />
          <Text size="xs" mt={6}>
            –
          </Text>
          <CadenceNumber {...numberProps('max', cadence.max, 48)} min={1} max={7} />
        </Group>
      ) : null}
      {numberProblems.length > 0 ? (
        <Text size="xs" c="red" id={messageId} role="alert">
          {numberProblems.map((p) => `${NUMBER_NAMES[p.field]} ${p.message}`).join('; ')}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed" data-testid="cadence-label">
        {describeCadence(cadence)}
      </Text>
    </Stack>
  );
}

interface CadenceNumberProps {
  label: string;
  path: string;
  value: number;
  width: number;
  min?: number;
  max?: number;
  invalid: boolean;
  describedBy: string | undefined;
  onCommit: (value: number) => void;
}

/** One whole-number field of a cadence; an emptied field keeps the plan's number. */
function CadenceNumber({
  label,
  path,
  value,
  width,
  min,
  max,
  invalid,
  describedBy,
  onCommit,
}: CadenceNumberProps) {
  return (
    <NumberField
      allowDecimal={false}
      size="xs"
      w={width}
      hideControls
      min={min}
      max={max}
      aria-label={label}
      data-path={path}
      value={value}
      onCommit={(next) => {
        if (next !== undefined) onCommit(next);
      }}
      error={invalid}
      aria-describedby={describedBy}
    />
  );
}
