import './focus-target.css';
import { useEffect, type RefObject } from 'react';
import { useUiStore, type Section } from '../../state/ui-store';
import { pathAndAncestors } from './section-for-path';

const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Marks where the user was taken, briefly (the class's style is in focus-target.css). */
const FLASH_CLASS = 'studio-focus-flash';
const FLASH_MS = 1600;

/**
 * Focuses the field a "go to field" link named, once this section's editor is on screen: the
 * element inside `container` whose `data-path` is the target's path, or else its nearest
 * ancestor path. Scrolls it into view, then clears the target so it happens once.
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
    if (!element) return;
    element.scrollIntoView({ block: 'center', behavior: 'auto' });
    element.focus({ preventScroll: true });
    const marked = element.closest<HTMLElement>('[data-path]') ?? element;
    marked.classList.add(FLASH_CLASS);
    window.setTimeout(() => marked.classList.remove(FLASH_CLASS), FLASH_MS);
  }, [target, section, container, clearFocusTarget]);
}

export function findField(root: HTMLElement, path: string): HTMLElement | null {
  const byPath = new Map<string, HTMLElement>();
  for (const element of root.querySelectorAll<HTMLElement>('[data-path]')) {
    const at = element.dataset.path;
    if (at !== undefined && !byPath.has(at)) byPath.set(at, element);
  }
  for (const candidate of pathAndAncestors(path)) {
    const element = byPath.get(candidate);
    if (!element) continue;
    if (element.matches(FOCUSABLE)) return element;
    const inner = element.querySelector<HTMLElement>(FOCUSABLE);
    if (inner) return inner;
  }
  return null;
}
