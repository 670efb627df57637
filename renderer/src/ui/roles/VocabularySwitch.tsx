import { SegmentedControl, Tooltip } from '@mantine/core';
import { VOCABULARIES, VOCABULARY_LABELS } from '../../../../core/itil/vocabulary';
import { useUiStore } from '../../state/ui-store';

/** ITIL v3 | ITIL 4: how roles are named everywhere in the app (the plan keeps role ids). */
export function VocabularySwitch() {
  const vocabulary = useUiStore((s) => s.vocabulary);
  const setVocabulary = useUiStore((s) => s.setVocabulary);
  return (
    <Tooltip label="Name processes and roles as ITIL v3 or ITIL 4 does" openDelay={400}>
      <SegmentedControl
        size="xs"
        aria-label="ITIL vocabulary"
        value={vocabulary}
        onChange={(value) => {
          const chosen = VOCABULARIES.find((candidate) => candidate === value);
          if (chosen) setVocabulary(chosen);
        }}
        data={VOCABULARIES.map((value) => ({ value, label: VOCABULARY_LABELS[value] }))}
      />
    </Tooltip>
  );
}
