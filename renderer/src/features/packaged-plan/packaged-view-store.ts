import { create } from 'zustand';
import { useDocumentStore } from '../../state/document-store';

/**
 * How the packaged-plan editor is laid out right now: which deliveries are folded, and which
 * field should take the focus next (a new item's title, a "go to field" target). Not part of
 * the plan, so not in the undo history.
 */
interface PackagedViewState {
  collapsed: Readonly<Record<string, true>>;
  /** A field's JSON path to focus once it is on screen; a counter so the same path can repeat. */
  focusRequest: { path: string; seq: number; flash: boolean } | null;
  /** The paste dialog: open, and the delivery it adds to (null: the first, or a new one). */
  paste: { open: boolean; deliveryId: string | null };
  /** A delivery waiting for the user to confirm its removal. */
  removeRequest: string | null;
  setCollapsed: (deliveryId: string, collapsed: boolean) => void;
  setAllCollapsed: (deliveryIds: readonly string[], collapsed: boolean) => void;
  requestFocus: (path: string, options?: { flash?: boolean }) => void;
  clearFocusRequest: () => void;
  openPaste: (deliveryId: string | null) => void;
  closePaste: () => void;
  askToRemove: (deliveryId: string) => void;
  cancelRemove: () => void;
}

export const usePackagedView = create<PackagedViewState>()((set) => ({
  collapsed: {},
  focusRequest: null,
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
  requestFocus: (path, options) => {
    set((state) => ({
      focusRequest: {
        path,
        seq: (state.focusRequest?.seq ?? 0) + 1,
        flash: options?.flash ?? false,
      },
    }));
  },
  clearFocusRequest: () => {
    set({ focusRequest: null });
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

// Another document has other deliveries: folds and pending requests belong to the old one.
useDocumentStore.subscribe((state, previous) => {
  if (state.documentId !== previous.documentId) {
    usePackagedView.setState({
      collapsed: {},
      focusRequest: null,
      paste: { open: false, deliveryId: null },
      removeRequest: null,
    });
  }
});
