import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';

interface LabelledChoiceProps<T extends string> {
  label: string;
  data: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
}

/**
 * A few options side by side under a visible label that also names them for assistive
 * technology (a segmented control has no label of its own).
 */
export function LabelledChoice<T extends string>({
  label,
  data,
  value,
  onChange,
  disabled,
}: LabelledChoiceProps<T>) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        data={[...data]}
        value={value}
        onChange={(next) => {
          // The control only ever answers one of the values it was given.
          const chosen = data.find((option) => option.value === next);
          if (chosen) onChange(chosen.value);
        }}
        disabled={disabled}
      />
    </Stack>
  );
}
