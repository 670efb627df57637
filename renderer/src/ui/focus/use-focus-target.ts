import { useEffect, type RefObject } from 'react';
import { useUiStore, type Section } from '../../state/ui-store';
import { findField, focusField } from './focus-field';

/**
 * Serves the ui store's focus request for this section once its editor is on screen: focuses
 * the field inside `container` (see findField), then clears the request so it happens once.
 * Editors that must first unfold or scroll a virtual list to show the field (the packaged plan)
 * serve the same request themselves.
 */
export function useFocusTarget(section: Section, container: RefObject<HTMLElement | null>): void {
  const target = useUiStore((s) => s.focusTarget);
  const clearFocusTarget = useUiStore((s) => s.clearFocusTarget);
  useEffect(() => {
    if (target?.section !== section) return;
    const root = container.current;
    if (!root) return;
    const element = findField(root, target.path);
    clearFocusTarget();
    if (element) focusField(element, { flash: target.flash, block: 'center' });
  }, [target, section, container, clearFocusTarget]);
}
