import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';

export interface NumberFieldProps extends Omit<NumberInputProps, 'value' | 'onChange'> {
  value: number | undefined;
  /**
   * Called with each number the field holds. With `optional`, emptying the field commits
   * undefined; otherwise an empty or half-typed field keeps the plan's last number.
   */
  onCommit: (value: number | undefined) => void;
  optional?: boolean;
}

/**
 * A number written into the plan as soon as it is one. Out-of-range numbers are written too,
 * so the validator's message appears next to the field; leaving a half-typed field shows the
 * plan's number again, so nothing typed is silently half-applied.
 */
export function NumberField({
  value,
  onCommit,
  optional = false,
  onBlur,
  ...props
}: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <NumberInput
      {...props}
      allowNegative={false}
      clampBehavior="none"
      value={draft ?? value ?? ''}
      onChange={(next) => {
        if (typeof next === 'number') {
          setDraft(null);
          if (next !== value) onCommit(next);
        } else if (next === '' && optional) {
          setDraft(null);
          if (value !== undefined) onCommit(undefined);
        } else {
          setDraft(next);
        }
      }}
      onBlur={(event) => {
        setDraft(null);
        onBlur?.(event);
      }}
    />
  );
}
