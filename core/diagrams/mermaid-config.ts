/**
 * The Mermaid configuration every diagram is drawn with, as plain data so that the renderer,
 * exports and tests share it. `secure` lists every key a diagram's own frontmatter or
 * `%%{init}%%` directive must not change: the generators never write one from user text, and
 * this keeps a pasted or hand-edited source from loosening the sandbox either.
 */
import { diagramThemeVariables } from './mermaid-theme';

export const MERMAID_MAX_TEXT_SIZE = 50000;
export const MERMAID_MAX_EDGES = 500;

const SECURE_KEYS = [
  'secure',
  'securityLevel',
  'startOnLoad',
  'maxTextSize',
  'maxEdges',
  'htmlLabels',
  'flowchart',
  'theme',
  'themeCSS',
  'themeVariables',
  'fontFamily',
  'altFontFamily',
  'dompurifyConfig',
  'arrowMarkerAbsolute',
  'legacyMathML',
  'forceLegacyMathML',
  'suppressErrorRendering',
  'deterministicIds',
  'deterministicIDSeed',
  'layout',
  'look',
  'elk',
] as const;

export const DIAGRAM_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export function mermaidConfig(theme: 'light' | 'dark'): Record<string, unknown> {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    htmlLabels: false,
    flowchart: { htmlLabels: false, useMaxWidth: true },
    gantt: { useMaxWidth: true },
    theme: 'base',
    themeVariables: diagramThemeVariables(theme),
    fontFamily: DIAGRAM_FONT_FAMILY,
    maxTextSize: MERMAID_MAX_TEXT_SIZE,
    maxEdges: MERMAID_MAX_EDGES,
    deterministicIds: true,
    secure: [...SECURE_KEYS],
  };
}
