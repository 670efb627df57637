import { Input, SegmentedControl, SimpleGrid, Stack, TagsInput, Text } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { useState } from 'react';
import type { Strategy } from '../../../../core/plan/schema';
import { useDocumentStore } from '../../state/document-store';
import { CALENDAR_ARIA_LABELS, DAY_VALUE_FORMAT } from '../../ui/dates';
import { useFieldError } from '../../ui/field-problems';
import { FormSection } from '../../ui/FormSection';
import { PlanTextarea } from '../../ui/PlanTextField';
import { setApproach, setCustomers, setHorizon, setStrategyText } from './strategy-edits';
import { FIELD_LABELS } from '../../../../core/plan/field-labels';

const APPROACHES: { value: Strategy['approach']; label: string; explanation: string }[] = [
  {
    value: 'packaged',
    label: 'Packaged releases',
    explanation:
      'Deliveries bundle many changes and go live on set dates, each with its own briefing, training and early life support.',
  },
  {
    value: 'streams',
    label: 'DevOps streams',
    explanation:
      'Small changes flow continuously in concurrent streams, each with its own cadence, owners and approval model.',
  },
  {
    value: 'hybrid',
    label: 'Hybrid',
    explanation:
      'Some work stays in packaged deliveries while the rest moves to streams; the plan keeps both.',
  },
];

function isApproach(value: string): value is Strategy['approach'] {
  return APPROACHES.some((approach) => approach.value === value);
}

/** Why the change is needed, for whom, how it will be transitioned, and over what period. */
export function NeedSection() {
  const need = useDocumentStore((s) => s.plan?.strategy.need);
  const customers = useDocumentStore((s) => s.plan?.strategy.customers);
  const approach = useDocumentStore((s) => s.plan?.strategy.approach ?? 'packaged');
  const customersError = useFieldError('strategy.customers');
  const approachError = useFieldError('strategy.approach');
  const explanation = APPROACHES.find((a) => a.value === approach)?.explanation;
  return (
    <FormSection
      title="Need and approach"
      description="The demand behind the transition, the customers it serves, and how it will reach them."
    >
      <PlanTextarea
        label="Need"
        description="The business need or demand, in the customers' words where you can."
        path="strategy.need"
        value={need}
        onValue={(value) => {
          setStrategyText('need', value);
        }}
      />
      <TagsInput
        label="Customers"
        description="Who the service is for: type a name and press Enter; paste a list separated by commas."
        placeholder={customers && customers.length > 0 ? '' : 'e.g. Retail banking'}
        data-path="strategy.customers"
        value={customers ?? []}
        error={customersError}
        splitChars={[',', ';']}
        clearable
        onChange={setCustomers}
      />
      <Input.Wrapper
        label="Approach"
        description={explanation}
        error={approachError}
        data-path="strategy.approach"
      >
        <SegmentedControl
          mt={6}
          fullWidth
          value={approach}
          aria-label="Approach"
          data={APPROACHES.map(({ value, label }) => ({ value, label }))}
          onChange={(value) => {
            if (isApproach(value)) setApproach(value);
          }}
        />
      </Input.Wrapper>
      <HorizonField />
    </FormSection>
  );
}

function HorizonField() {
  const horizon = useDocumentStore((s) => s.plan?.strategy.horizon);
  // Between the first and the second click only one end is chosen: held here, not in the plan.
  const [partial, setPartial] = useState<DatesRangeValue<string> | null>(null);
  const startError = useFieldError('strategy.horizon.start');
  const endError = useFieldError('strategy.horizon.end');
  const wholeError = useFieldError('strategy.horizon');
  const error = [startError && `Start ${startError}`, endError && `End ${endError}`, wholeError]
    .filter(Boolean)
    .join('; ');
  const value: DatesRangeValue<string> = partial ?? [horizon?.start ?? null, horizon?.end ?? null];
  return (
    <SimpleGrid type="container" cols={{ base: 1, '560px': 2 }} spacing="md">
      <DatePickerInput
        type="range"
        label={FIELD_LABELS.horizon}
        description="The period the metrics cover. Left empty, it runs from the first delivery to the end of the last early life support."
        data-path="strategy.horizon"
        valueFormat={DAY_VALUE_FORMAT}
        ariaLabels={CALENDAR_ARIA_LABELS}
        clearable
        allowSingleDateInRange
        value={value}
        error={error || undefined}
        onChange={([start, end]) => {
          if (start && end) {
            setPartial(null);
            setHorizon({ start, end });
          } else if (!start && !end) {
            setPartial(null);
            setHorizon(undefined);
          } else {
            setPartial([start, end]);
          }
        }}
      />
      <Stack gap={2} justify="flex-end">
        {horizon ? null : (
          <Text size="sm" c="dimmed">
            No horizon set: metrics use the deliveries&apos; own span.
          </Text>
        )}
      </Stack>
    </SimpleGrid>
  );
}
