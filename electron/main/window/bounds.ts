import type { Rectangle } from 'electron';

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

export interface SavedWindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** Pixels of the title bar that must stay on a screen for the user to grab the window. */
const MIN_VISIBLE = 80;

/**
 * Where to open the window: the saved bounds when enough of the title bar lies on one of the
 * displays as they are now (a monitor may have been unplugged), else a default size centred by
 * the OS. Sizes are capped to the largest work area.
 */
export function restoreBounds(
  saved: Rectangle | undefined,
  workAreas: readonly Rectangle[],
): Partial<Rectangle> {
  const fallback = { ...DEFAULT_WINDOW_SIZE };
  if (!saved || !isFiniteRect(saved) || workAreas.length === 0) return fallback;
  const area = workAreas.find((a) => titleBarVisibleOn(saved, a));
  if (!area) return fallback;
  return {
    x: saved.x,
    y: Math.max(saved.y, area.y),
    width: Math.min(saved.width, area.width),
    height: Math.min(saved.height, area.height),
  };
}

function isFiniteRect(r: Rectangle): boolean {
  return [r.x, r.y, r.width, r.height].every(Number.isFinite) && r.width > 0 && r.height > 0;
}

function titleBarVisibleOn(window: Rectangle, area: Rectangle): boolean {
  const left = Math.max(window.x, area.x);
  const right = Math.min(window.x + window.width, area.x + area.width);
  const titleTop = window.y;
  const insideVertically =
    titleTop >= area.y - 10 && titleTop < area.y + area.height - MIN_VISIBLE / 2;
  return insideVertically && right - left >= MIN_VISIBLE;
}
