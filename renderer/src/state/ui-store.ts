import { create } from 'zustand';

export const SECTIONS = [
  'strategy',
  'packaged',
  'streams',
  'review',
  'diagrams',
  'readiness',
] as const;
export type Section = (typeof SECTIONS)[number];

export type ColorSchemePreference = 'system' | 'light' | 'dark';
export type Vocabulary = 'itil3' | 'itil4';

/**
 * Where a readiness finding or a validation problem points: the section that edits it and the
 * JSON path of the field, so that section can scroll to it and focus it.
 */
export interface FieldTarget {
  section: Section;
  path: string;
}

/**
 * The one request to put the cursor in a field, served by the editor of its section. `flash`
 * marks the field for "go to field" links (not for the editor's own cursor moves). Each request
 * is a new object, so asking for the same path twice focuses it twice.
 */
export interface FocusRequest extends FieldTarget {
  flash: boolean;
}

interface UiState {
  section: Section;
  /**
   * The live diagram beside the editor; its width in pixels once the user resized it, null
   * while it follows the window (see `diagramPanelWidth`).
   */
  diagramPanel: { open: boolean; width: number | null };
  colorScheme: ColorSchemePreference;
  vocabulary: Vocabulary;
  /** Set by "go to field" links and editors moving the cursor; the section's editor serves it. */
  focusTarget: FocusRequest | null;
  showSection: (section: Section) => void;
  setDiagramPanel: (panel: { open?: boolean; width?: number }) => void;
  setColorScheme: (scheme: ColorSchemePreference) => void;
  setVocabulary: (vocabulary: Vocabulary) => void;
  /** Shows the target's section and asks its editor to focus the field (flashed by default). */
  goToField: (target: FieldTarget, options?: { flash?: boolean }) => void;
  clearFocusTarget: () => void;
}

export const DIAGRAM_PANEL_WIDTH = { min: 280, default: 440, max: 900 } as const;

/**
 * The panel's width in a window `windowWidth` wide: the user's own once they resized it, else
 * a share of the window, so the editor keeps room to read at 1280 px and both grow with it.
 */
export function diagramPanelWidth(width: number | null, windowWidth: number): number {
  if (width !== null) return width;
  return Math.round(Math.min(560, Math.max(320, windowWidth * 0.3)));
}

export const useUiStore = create<UiState>()((set) => ({
  section: 'packaged',
  diagramPanel: { open: true, width: null },
  colorScheme: 'system',
  vocabulary: 'itil3',
  focusTarget: null,
  showSection: (section) => {
    set({ section });
  },
  setDiagramPanel: (panel) => {
    set((state) => {
      const width =
        panel.width === undefined
          ? state.diagramPanel.width
          : Math.min(DIAGRAM_PANEL_WIDTH.max, Math.max(DIAGRAM_PANEL_WIDTH.min, panel.width));
      return { diagramPanel: { open: panel.open ?? state.diagramPanel.open, width } };
    });
  },
  setColorScheme: (colorScheme) => {
    set({ colorScheme });
  },
  setVocabulary: (vocabulary) => {
    set({ vocabulary });
  },
  goToField: (target, options) => {
    set({
      section: target.section,
      focusTarget: { section: target.section, path: target.path, flash: options?.flash ?? true },
    });
  },
  clearFocusTarget: () => {
    set({ focusTarget: null });
  },
}));
