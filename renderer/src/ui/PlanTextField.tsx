import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useFieldError } from './field-problems';

interface PlanFieldProps {
  /** JSON path of the field: where its validation message comes from and where "go to field" lands. */
  path: string;
  value: string | undefined;
  /** Called on every keystroke; the edit should coalesce on `path` (one undo step per burst). */
  onValue: (value: string) => void;
}

/** A one-line text field of the plan, with the validator's message for its path. */
export function PlanTextInput({
  path,
  value,
  onValue,
  ...props
}: PlanFieldProps & Omit<TextInputProps, 'value' | 'onChange'>) {
  const error = useFieldError(path);
  return (
    <TextInput
      {...props}
      data-path={path}
      value={value ?? ''}
      error={error}
      onChange={(event) => {
        onValue(event.currentTarget.value);
      }}
    />
  );
}

/** A multi-line text field of the plan that grows with its text. */
export function PlanTextarea({
  path,
  value,
  onValue,
  ...props
}: PlanFieldProps & Omit<TextareaProps, 'value' | 'onChange'>) {
  const error = useFieldError(path);
  return (
    <Textarea
      autosize
      minRows={2}
      maxRows={12}
      {...props}
      data-path={path}
      value={value ?? ''}
      error={error}
      onChange={(event) => {
        onValue(event.currentTarget.value);
      }}
    />
  );
}
