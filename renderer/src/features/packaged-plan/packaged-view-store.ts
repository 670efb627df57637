import { create } from 'zustand';
import { useDocumentStore } from '../../state/document-store';

/**
 * How the packaged-plan editor is laid out right now: which deliveries are folded, the paste
 * dialog, a removal waiting for confirmation. Not part of the plan, so not in the undo history.
 * (Which field takes the cursor next is the ui store's focus request, like every section's.)
 */
interface PackagedViewState {
  collapsed: Readonly<Record<string, true>>;
  /** The paste dialog: open, and the delivery it adds to (null: the first, or a new one). */
  paste: { open: boolean; deliveryId: string | null };
  /** A delivery waiting for the user to confirm its removal. */
  removeRequest: string | null;
  setCollapsed: (deliveryId: string, collapsed: boolean) => void;
  setAllCollapsed: (deliveryIds: readonly string[], collapsed: boolean) => void;
  openPaste: (deliveryId: string | null) => void;
  closePaste: () => void;
  askToRemove: (deliveryId: string) => void;
  cancelRemove: () => void;
}

export const usePackagedView = create<PackagedViewState>()((set) => ({
  collapsed: {},
  paste: { open: false, deliveryId: null },
  removeRequest: null,
  setCollapsed: (deliveryId, collapsed) => {
    set((state) => {
      const next = { ...state.collapsed };
      if (collapsed) next[deliveryId] = true;
      else Reflect.deleteProperty(next, deliveryId);
      return { collapsed: next };
    });
  },
  setAllCollapsed: (deliveryIds, collapsed) => {
    set({
      collapsed: collapsed ? Object.fromEntries(deliveryIds.map((id) => [id, true] as const)) : {},
    });
  },
  openPaste: (deliveryId) => {
    set({ paste: { open: true, deliveryId } });
  },
  closePaste: () => {
    set((state) => ({ paste: { ...state.paste, open: false } }));
  },
  askToRemove: (deliveryId) => {
    set({ removeRequest: deliveryId });
  },
  cancelRemove: () => {
    set({ removeRequest: null });
  },
}));

/**
 * Virtualised item lists register how to bring an item into view, so focusing a field of an
 * item that is scrolled away (and so not rendered) can scroll to it first.
 */
const scrollers = new Map<string, (itemIndex: number) => void>();

export function registerItemScroller(
  deliveryId: string,
  scroll: (itemIndex: number) => void,
): () => void {
  scrollers.set(deliveryId, scroll);
  return () => {
    if (scrollers.get(deliveryId) === scroll) scrollers.delete(deliveryId);
  };
}

export function scrollItemIntoView(deliveryId: string, itemIndex: number): void {
  scrollers.get(deliveryId)?.(itemIndex);
}

/**
 * A virtualised delivery list registers how to bring a delivery into view, so focusing a field
 * of a delivery scrolled away (and so not rendered) can scroll to its card first.
 */
let deliveryScroller: ((deliveryIndex: number) => void) | null = null;

export function registerDeliveryScroller(scroll: (deliveryIndex: number) => void): () => void {
  deliveryScroller = scroll;
  return () => {
    if (deliveryScroller === scroll) deliveryScroller = null;
  };
}

export function scrollDeliveryIntoView(deliveryIndex: number): void {
  deliveryScroller?.(deliveryIndex);
}

// Another document has other deliveries: folds and pending requests belong to the old one.
useDocumentStore.subscribe((state, previous) => {
  if (state.documentId !== previous.documentId) {
    usePackagedView.setState({
      collapsed: {},
      paste: { open: false, deliveryId: null },
      removeRequest: null,
    });
  }
});
