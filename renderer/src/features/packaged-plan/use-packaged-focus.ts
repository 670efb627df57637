import { useEffect, type RefObject } from 'react';
import { useDocumentStore } from '../../state/document-store';
import { useUiStore } from '../../state/ui-store';
import { findField } from '../readiness/use-focus-target';
import { locatePath } from './packaged-paths';
import { scrollItemIntoView, usePackagedView } from './packaged-view-store';

/** How many frames to wait for a folded card to open or a virtual row to render. */
const MAX_FRAMES = 12;
const FOCUSABLE = 'input, textarea, button, [tabindex]';
const FLASH_CLASS = 'studio-focus-flash';
const FLASH_MS = 1600;

/**
 * Puts the cursor in the field at a JSON path once it is on screen: unfolds its delivery,
 * scrolls a virtualised list to its item, waits for the row to render, then focuses it (or,
 * when the field itself is gone, the nearest thing that holds it). Serves both "go to field"
 * links from elsewhere (which also flash the field) and the editor's own moves of the cursor
 * (after adding, moving or removing an item).
 */
export function usePackagedFocus(root: RefObject<HTMLElement | null>): void {
  const target = useUiStore((s) => s.focusTarget);
  useEffect(() => {
    if (target?.section !== 'packaged') return;
    usePackagedView.getState().requestFocus(target.path, { flash: true });
    useUiStore.getState().clearFocusTarget();
  }, [target]);

  const request = usePackagedView((s) => s.focusRequest);
  useEffect(() => {
    if (!request) return;
    const { path, flash } = request;
    const view = usePackagedView.getState();
    const location = locatePath(path);
    const deliveries = useDocumentStore.getState().plan?.packagedPlan.deliveries ?? [];
    const deliveryId =
      location.delivery === undefined ? undefined : deliveries[location.delivery]?.id;
    if (deliveryId !== undefined) view.setCollapsed(deliveryId, false);

    let frames = 0;
    let handle = 0;
    const attempt = () => {
      const container = root.current;
      if (!container) return;
      if (deliveryId !== undefined && location.item !== undefined) {
        scrollItemIntoView(deliveryId, location.item);
      }
      const exact = container.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
      // A virtual row may take a few frames to render; anything else is there after one.
      const patience = location.item === undefined ? 2 : MAX_FRAMES;
      const element = exact
        ? exact.matches(FOCUSABLE)
          ? exact
          : findField(container, path)
        : frames >= patience
          ? findField(container, path)
          : null;
      if (!element) {
        frames += 1;
        if (frames <= patience) handle = requestAnimationFrame(attempt);
        else usePackagedView.getState().clearFocusRequest();
        return;
      }
      element.scrollIntoView({ block: 'nearest' });
      element.focus({ preventScroll: true });
      if (flash) {
        const marked = element.closest<HTMLElement>('[data-path]') ?? element;
        marked.classList.add(FLASH_CLASS);
        window.setTimeout(() => marked.classList.remove(FLASH_CLASS), FLASH_MS);
      }
      usePackagedView.getState().clearFocusRequest();
    };
    handle = requestAnimationFrame(attempt);
    return () => {
      cancelAnimationFrame(handle);
    };
  }, [request, root]);
}
