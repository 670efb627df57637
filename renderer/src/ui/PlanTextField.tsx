import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useFieldError } from './field-problems';

interface PlanFieldProps {
  /** JSON path of the field: where its validation message comes from and where "go to field" lands. */
  path: string;
  value: string | undefined;
  /** Called on every keystroke; the edit should coalesce on `path` (one undo step per burst). */
  onValue: (value: string) => void;
}

/** What a text input and a textarea of the plan share: path, value, message, keystrokes. */
function usePlanField({ path, value, onValue }: PlanFieldProps) {
  const error = useFieldError(path);
  return {
    'data-path': path,
    value: value ?? '',
    error,
    onChange: (event: { currentTarget: { value: string } }) => {
      onValue(event.currentTarget.value);
    },
  };
}

/** A one-line text field of the plan, with the validator's message for its path. */
export function PlanTextInput({
  path,
  value,
  onValue,
  ...props
}: PlanFieldProps & Omit<TextInputProps, 'value' | 'onChange'>) {
  return <TextInput {...props} {...usePlanField({ path, value, onValue })} />;
}

/** A multi-line text field of the plan that grows with its text. */
export function PlanTextarea({
  path,
  value,
  onValue,
  ...props
}: PlanFieldProps & Omit<TextareaProps, 'value' | 'onChange'>) {
  return (
    <Textarea
      autosize
      minRows={2}
      maxRows={12}
      {...props}
      {...usePlanField({ path, value, onValue })}
    />
  );
}
