export {
  DIAGRAM_VIEWS,
  DIAGRAM_VIEW_TITLES,
  DEFAULT_DIAGRAM_LIMITS,
  type DiagramView,
  type DiagramOptions,
  type DiagramLimits,
  type Diagram,
  type DiagramSet,
} from './types';
export { buildDiagram } from './build';
export { LIVE_DIAGRAM_MAX_BLOCKS, tooLargeToDrawLive } from './live-limit';
export { escapeLabel } from './escape';
export { mermaidConfig } from './mermaid-config';
