import type { Plan } from '../plan/schema';

/** The five diagram views of a plan, in the order the UI lists them. */
export const DIAGRAM_VIEWS = ['packaged', 'streams', 'cadence', 'approvals', 'ci'] as const;
export type DiagramView = (typeof DIAGRAM_VIEWS)[number];

export const DIAGRAM_VIEW_TITLES: Record<DiagramView, string> = {
  packaged: 'Packaged plan',
  streams: 'Stream design',
  cadence: 'Stream cadence',
  approvals: 'Change approval',
  ci: 'Configuration & knowledge',
};

/** Past these sizes a view aggregates or splits (Mermaid gets slow and unreadable). */
export interface DiagramLimits {
  maxNodes: number;
  maxEdges: number;
  maxChars: number;
}

export const DEFAULT_DIAGRAM_LIMITS: DiagramLimits = {
  maxNodes: 150,
  maxEdges: 400,
  maxChars: 40000,
};

export interface DiagramOptions {
  /** Which ITIL edition names the roles; ITIL v3 names by default. */
  vocabulary?: 'itil3' | 'itil4';
  /** The cadence view's window; default 4 weeks from the first delivery (or horizon start). */
  cadenceWindow?: { start: string; weeks: number };
  limits?: Partial<DiagramLimits>;
  /**
   * The stream and configuration views: one box per kind of item in each delivery ("grouped",
   * the default: readable at a glance) or one box per item ("items").
   */
  detail?: DiagramDetail;
  /**
   * Timelines (the packaged plan and the cadence) drawn this many pixels wide, e.g. the width
   * of a printed page so that their text prints at its own size; else the drawing's container
   * decides (the app's panel).
   */
  ganttWidth?: number;
  /**
   * The grouped stream view, opened where the reader asked: these groups (ids from
   * `itemGroupId`) and every group feeding these streams (by stream id) show their items one by
   * one. Ignored with `detail: 'items'`, which shows every item anyway.
   */
  expand?: StreamViewExpansion;
}

export interface StreamViewExpansion {
  groups?: readonly string[];
  streams?: readonly string[];
}

export const DIAGRAM_DETAILS = ['grouped', 'items'] as const;
export type DiagramDetail = (typeof DIAGRAM_DETAILS)[number];

export interface Diagram {
  title: string;
  /** Mermaid source. */
  source: string;
}

export interface DiagramSet {
  view: DiagramView;
  diagrams: Diagram[];
  /** Set when the view had to aggregate or split; a sentence for the UI. */
  reduced?: { how: 'aggregated' | 'split'; message: string };
}

export type DiagramBuilder = (plan: Plan, options: DiagramOptions) => DiagramSet;
