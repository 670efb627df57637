import { useMemo } from 'react';
import {
  roleCatalogue,
  roleLabel,
  type RoleLabel,
  type Vocabulary,
} from '../../../../core/itil/vocabulary';
import type { CustomRole } from '../../../../core/plan/schema';
import { useDocumentStore } from '../../state/document-store';
import { useUiStore } from '../../state/ui-store';

const NO_CUSTOM_ROLES: readonly CustomRole[] = [];

export interface RoleLabels {
  vocabulary: Vocabulary;
  /** A role id as the UI shows it in the current vocabulary. */
  label: (roleId: string) => RoleLabel;
  /** Every role a stream can be given: ITIL's, then the plan's own. */
  catalogue: readonly RoleLabel[];
}

/** Role names in the vocabulary chosen in the header, including the open plan's own roles. */
export function useRoleLabels(): RoleLabels {
  const vocabulary = useUiStore((s) => s.vocabulary);
  const customRoles = useDocumentStore((s) => s.plan?.customRoles ?? NO_CUSTOM_ROLES);
  return useMemo(
    () => ({
      vocabulary,
      label: (roleId: string) => roleLabel(roleId, vocabulary, customRoles),
      catalogue: roleCatalogue(vocabulary, customRoles),
    }),
    [vocabulary, customRoles],
  );
}

/**
 * The options the diagrams take, kept the same object while the vocabulary stays the same (the
 * diagram panel rebuilds when its options object changes).
 */
export function useDiagramOptions(): { vocabulary: Vocabulary } {
  const vocabulary = useUiStore((s) => s.vocabulary);
  return useMemo(() => ({ vocabulary }), [vocabulary]);
}
