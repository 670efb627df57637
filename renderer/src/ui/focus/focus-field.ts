import './focus-target.css';
import { pathAndAncestors } from './section-for-path';

/** What can take the cursor: the field itself, or the first such thing inside a marked block. */
export const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Marks where the user was taken, briefly (the class's style is in focus-target.css). */
const FLASH_CLASS = 'studio-focus-flash';
const FLASH_MS = 1600;

/**
 * The element to focus for a plan JSON path inside `root`: the element whose `data-path` is the
 * path, or else its nearest ancestor path (a finding may point at a list entry the editor shows
 * as one control); the element itself when it can take the cursor, else the first that can
 * inside it.
 */
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

/** Scrolls to the field, puts the cursor in it and, for "go to field" links, flashes it. */
export function focusField(
  element: HTMLElement,
  options: { flash: boolean; block: ScrollLogicalPosition },
): void {
  element.scrollIntoView({ block: options.block, behavior: 'auto' });
  element.focus({ preventScroll: true });
  if (!options.flash) return;
  const marked = element.closest<HTMLElement>('[data-path]') ?? element;
  marked.classList.add(FLASH_CLASS);
  window.setTimeout(() => marked.classList.remove(FLASH_CLASS), FLASH_MS);
}
