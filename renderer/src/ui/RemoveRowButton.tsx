import { ActionIcon, Tooltip } from '@mantine/core';
import { TrashIcon } from './icons';

interface RemoveRowButtonProps {
  /** The tooltip, e.g. "Remove this risk". */
  tip: string;
  /** What a screen reader hears: "Remove Risk 3". */
  label: string;
  onRemove: () => void;
  /** Top margin, to line up with fields that carry a label above them. */
  mt?: number;
}

/** The red bin at the end of an editable row (risks, holidays, calendar windows). */
export function RemoveRowButton({ tip, label, onRemove, mt }: RemoveRowButtonProps) {
  return (
    <Tooltip label={tip} openDelay={400}>
      <ActionIcon variant="subtle" color="red" mt={mt} aria-label={label} onClick={onRemove}>
        <TrashIcon />
      </ActionIcon>
    </Tooltip>
  );
}
