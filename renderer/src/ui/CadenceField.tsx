import { Group, Select, Stack, Text } from '@mantine/core';
import { describeCadence } from '../../../core/plan/cadence-labels';
import type { Cadence } from '../../../core/plan/schema';
import { NumberField } from './NumberField';
import { useFieldError } from './field-problems';
import { cadenceOfKind, type CadenceKind } from '../state/stream-edits';

const KINDS: { value: CadenceKind; label: string }[] = [
  { value: 'daily', label: 'Daily' },
  { value: 'everyNDays', label: 'Every N days' },
  { value: 'timesPerWeek', label: 'Times a week' },
  { value: 'asRequired', label: 'As required' },
];

const NUMBER_NAMES: Readonly<Record<'n' | 'min' | 'max', string>> = {
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
  const invalid = (field: 'n' | 'min' | 'max') => byField[field] !== undefined;
  const messageId = `${path}-problems`;
  const describedBy = numberProblems.length > 0 ? messageId : undefined;

  return (
    <Stack gap={4}>
      <Select
        size="xs"
        label="Cadence"
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
          <NumberField
            allowDecimal={false}
            size="xs"
            w={52}
            hideControls
            min={2}
            aria-label={`Days between runs of ${owner}`}
            data-path={`${path}.n`}
            value={cadence.n}
            onCommit={(n) => {
              if (n === undefined) return;
              onChange({ ...cadence, n }, `${path}.n`);
            }}
            error={invalid('n')}
            aria-describedby={describedBy}
          />
          <Text size="xs" mt={6}>
            days
          </Text>
        </Group>
      ) : null}
      {cadence.kind === 'timesPerWeek' ? (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <NumberField
            allowDecimal={false}
            size="xs"
            w={48}
            hideControls
            min={1}
            max={7}
            aria-label={`Fewest runs a week of ${owner}`}
            data-path={`${path}.min`}
            value={cadence.min}
            onCommit={(min) => {
              if (min === undefined) return;
              onChange({ ...cadence, min }, `${path}.min`);
            }}
            error={invalid('min')}
            aria-describedby={describedBy}
          />
          <Text size="xs" mt={6}>
            –
          </Text>
          <NumberField
            allowDecimal={false}
            size="xs"
            w={48}
            hideControls
            min={1}
            max={7}
            aria-label={`Most runs a week of ${owner}`}
            data-path={`${path}.max`}
            value={cadence.max}
            onCommit={(max) => {
              if (max === undefined) return;
              onChange({ ...cadence, max }, `${path}.max`);
            }}
            error={invalid('max')}
            aria-describedby={describedBy}
          />
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
