/** Where a diagram was zoomed and panned to: react-zoom-pan-pinch's own state. */
export interface ZoomState {
  positionX: number;
  positionY: number;
  scale: number;
}

/**
 * The zoom the user chose, per view and place (the live panel and the Diagrams screen each keep
 * their own): going to another view and back finds the diagram as it was left. Kept for the
 * session only; a new drawing of the same view (an edit) keeps it too.
 */
const remembered = new Map<string, ZoomState>();

export function rememberZoom(key: string, state: ZoomState): void {
  remembered.set(key, { ...state });
}

export function rememberedZoom(key: string): ZoomState | undefined {
  return remembered.get(key);
}

export function forgetZoom(key: string): void {
  remembered.delete(key);
}
