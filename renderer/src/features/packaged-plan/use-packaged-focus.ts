import { useEffect, type RefObject } from 'react';
import { useDocumentStore } from '../../state/document-store';
import { useUiStore } from '../../state/ui-store';
import { FOCUSABLE, findField, focusField } from '../../ui/focus/focus-field';
import { locatePath } from './packaged-paths';
import { scrollDeliveryIntoView, scrollItemIntoView, usePackagedView } from './packaged-view-store';

/** How many frames to wait for a folded card to open or a virtual row to render. */
const MAX_FRAMES = 12;

/** The editor's own cursor moves (after adding, moving or removing): the same request, unflashed. */
export function focusPackagedField(path: string): void {
  useUiStore.getState().goToField({ section: 'packaged', path }, { flash: false });
}

/**
 * Serves the ui store's focus request for the packaged plan: unfolds the field's delivery,
 * scrolls a virtualised list to its item, waits for the row to render, then focuses it (or,
 * when the field itself is gone, the nearest thing that holds it). The same request serves
 * "go to field" links from elsewhere (flashed) and the editor's own moves of the cursor.
 */
export function usePackagedFocus(root: RefObject<HTMLElement | null>): void {
  const request = useUiStore((s) => s.focusTarget);
  useEffect(() => {
    if (request?.section !== 'packaged') return;
    const { path, flash } = request;
    const location = locatePath(path);
    const deliveries = useDocumentStore.getState().plan?.packagedPlan.deliveries ?? [];
    const deliveryId =
      location.delivery === undefined ? undefined : deliveries[location.delivery]?.id;
    if (deliveryId !== undefined) usePackagedView.getState().setCollapsed(deliveryId, false);
    const done = () => {
      // A newer request (another click) is not ours to clear.
      if (useUiStore.getState().focusTarget === request) useUiStore.getState().clearFocusTarget();
    };

    let frames = 0;
    let handle = 0;
    const attempt = () => {
      const container = root.current;
      if (!container) return;
      // In a large plan the delivery's card may be scrolled away and not rendered at all.
      const cardShown =
        deliveryId === undefined ||
        container.querySelector(`[data-delivery-id="${CSS.escape(deliveryId)}"]`) !== null;
      if (!cardShown && location.delivery !== undefined) {
        scrollDeliveryIntoView(location.delivery);
      }
      if (deliveryId !== undefined && location.item !== undefined) {
        scrollItemIntoView(deliveryId, location.item);
      }
      const exact = container.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
      // A virtual row may take a few frames to render; anything else is there after one.
      const patience = location.item === undefined && cardShown ? 2 : MAX_FRAMES;
      const element =
        exact?.matches(FOCUSABLE) === true
          ? exact
          : exact !== null || frames >= patience
            ? findField(container, path)
            : null;
      if (!element) {
        frames += 1;
        if (frames <= patience) handle = requestAnimationFrame(attempt);
        else done();
        return;
      }
      focusField(element, { flash, block: 'nearest' });
      done();
    };
    handle = requestAnimationFrame(attempt);
    return () => {
      cancelAnimationFrame(handle);
    };
  }, [request, root]);
}
