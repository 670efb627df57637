import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';

export interface WholeNumberInputProps extends Omit<
  NumberInputProps,
  'value' | 'onChange' | 'allowDecimal'
> {
  value: number;
  onCommit: (value: number) => void;
}

/**
 * A whole number written into the plan as soon as it is one. While the field is empty or half
 * typed, the text stays in the field and the plan keeps its last number; leaving the field shows
 * the plan's number again. Out-of-range numbers are written, so validation can say why they are
 * wrong right next to the field.
 */
export function WholeNumberInput({ value, onCommit, onBlur, ...props }: WholeNumberInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <NumberInput
      {...props}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      value={draft ?? value}
      onChange={(next) => {
        if (typeof next === 'number' && Number.isInteger(next)) {
          setDraft(null);
          if (next !== value) onCommit(next);
        } else {
          setDraft(String(next));
        }
      }}
      onBlur={(event) => {
        setDraft(null);
        onBlur?.(event);
      }}
    />
  );
}
