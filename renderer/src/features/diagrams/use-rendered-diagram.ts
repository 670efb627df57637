import { useEffect, useRef, useState } from 'react';
import { DiagramUpdater } from '../../diagrams/diagram-updater';
import type { DiagramTheme } from '../../diagrams/mermaid-runtime';
import type { RenderOutcome } from '../../diagrams/svg-cache';

/** Edits arrive per keystroke; one render after the typing pauses is enough. */
export const EDIT_DEBOUNCE_MS = 150;

export interface RenderedDiagram {
  /** What to show: the drawing of this source, or the last one while the next is drawn. */
  outcome: RenderOutcome | undefined;
  /** True while the source shown is not the current one. */
  pending: boolean;
}

interface Shown {
  source: string;
  theme: DiagramTheme;
  outcome: RenderOutcome;
}

/**
 * Draws `source` with the shared cache: an unchanged source (or one drawn before) shows at
 * once with no render; a changed one is drawn after a short pause, and a drawing that a newer
 * source superseded is never shown.
 */
export function useRenderedDiagram(source: string, theme: DiagramTheme): RenderedDiagram {
  const [updater] = useState(() => new DiagramUpdater());
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const hasShown = useRef(false);
  const hit = updater.cached(source, theme);
  const showsCurrent = shown?.source === source && shown.theme === theme;
  if (hit !== undefined && !showsCurrent) {
    // Remember a cached drawing as shown, so that a later pending render falls back to it and
    // never to an older one.
    setShown({ source, theme, outcome: hit });
  }

  useEffect(() => {
    if (updater.cached(source, theme) !== undefined) {
      // Anything still drawing is for an older source: it must not replace this one.
      updater.supersede();
      hasShown.current = true;
      return undefined;
    }
    let active = true;
    const draw = (): void => {
      void updater.update(source, theme).then((outcome) => {
        if (!active || outcome === undefined) return;
        hasShown.current = true;
        setShown({ source, theme, outcome });
      });
    };
    // The first drawing starts at once; later ones wait for the edits to pause.
    const timer = hasShown.current ? setTimeout(draw, EDIT_DEBOUNCE_MS) : undefined;
    if (timer === undefined) draw();
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [source, theme, updater]);

  if (hit !== undefined) return { outcome: hit, pending: false };
  return { outcome: shown?.outcome, pending: !showsCurrent };
}
