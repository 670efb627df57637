import { DateInput, type DateInputProps } from '@mantine/dates';
import { useState } from 'react';
import { CALENDAR_ARIA_LABELS, DAY_VALUE_FORMAT, parseTypedDate, typedDateProblem } from './dates';

/**
 * The one date field of the editor: Mantine's DateInput reading the written forms people type
 * ("30 Jun 2027", "30/6/2027") and showing them as "30 Jun 2027". Text that is not a date
 * ("31 Feb 2027") gets a sentence under the field when the person leaves it, instead of the
 * field silently going back to the date it had.
 */
export function DayInput({
  error,
  onBlur,
  onChange,
  ...props
}: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  const [typedProblem, setTypedProblem] = useState<string | null>(null);
  return (
    <DateInput
      ariaLabels={CALENDAR_ARIA_LABELS}
      {...props}
      valueFormat={DAY_VALUE_FORMAT}
      dateParser={parseTypedDate}
      error={error ?? typedProblem ?? undefined}
      onBlur={(event) => {
        // Mantine calls this before it puts the last good date back into the text.
        setTypedProblem(typedDateProblem(event.currentTarget.value));
        onBlur?.(event);
      }}
      onChange={(value) => {
        if (value) setTypedProblem(null);
        onChange?.(value);
      }}
    />
  );
}
