import { escapeLabel, needsNumericCode } from './escape';
import type { DiagramSize, SizedDiagram } from './size';

/**
 * A flowchart as data. Generators describe what to draw with plain strings; `writeFlowchart`
 * is the only code that turns it into Mermaid source, so every text passes through
 * `escapeLabel` and every id is one it made up (`n1`, `g2`), never user text.
 */
export type NodeShape = 'box' | 'round' | 'stadium' | 'hexagon' | 'cylinder' | 'subroutine';

/** Node styles, kept to line patterns and widths so that light and dark themes both work. */
export type NodeStyle = 'stream' | 'missing' | 'note';

export interface FlowNode {
  /** The generator's own key for the node; unique within the graph, never written out. */
  key: string;
  /** One entry per line of the label. */
  lines: readonly string[];
  shape: NodeShape;
  group?: string;
  style?: NodeStyle;
}

/** A line between two nodes or subgraphs (by key): a line to a subgraph means "to all of it". */
export interface FlowEdge {
  from: string;
  to: string;
  label?: string;
  dotted?: boolean;
}

export interface FlowGroup {
  key: string;
  title: string;
  /** Shown instead of `title` when that holds characters a subgraph title cannot show. */
  plainTitle: string;
  parent?: string;
}

export interface Flowchart {
  direction: 'LR' | 'TB';
  nodes: readonly FlowNode[];
  edges: readonly FlowEdge[];
  groups: readonly FlowGroup[];
}

const OPEN_CLOSE: Record<NodeShape, readonly [string, string]> = {
  box: ['["', '"]'],
  round: ['("', '")'],
  stadium: ['(["', '"])'],
  hexagon: ['{{"', '"}}'],
  cylinder: ['[("', '")]'],
  subroutine: ['[["', '"]]'],
};

const STYLE_DEFINITIONS: Record<NodeStyle, string> = {
  stream: 'stroke-width:3px',
  missing: 'stroke-dasharray:6 4',
  note: 'stroke-dasharray:2 4',
};

/**
 * A node label: its lines escaped and joined by `<br/>`. A `<br/>` also makes Mermaid decode the
 * numeric codes in the label (see escape.ts), so a one-line label that holds one ends with it.
 */
function nodeLabel(lines: readonly string[]): string {
  const escaped = lines.map(escapeLabel);
  const joined = escaped.join('<br/>');
  return escaped.length === 1 && needsNumericCode(joined) ? `${joined}<br/>` : joined;
}

/**
 * Labels escaped once per node and group object: splitting a large view writes the same nodes
 * into several trial parts (fit.ts packInOrder), and escaping was most of the time it took.
 */
const nodeLabels = new WeakMap<FlowNode, string>();
const groupTitles = new WeakMap<FlowGroup, string>();

function cachedNodeLabel(node: FlowNode): string {
  let label = nodeLabels.get(node);
  if (label === undefined) {
    label = nodeLabel(node.lines);
    nodeLabels.set(node, label);
  }
  return label;
}

function cachedGroupTitle(group: FlowGroup): string {
  let title = groupTitles.get(group);
  if (title === undefined) {
    title = plainLabel(group.title, group.plainTitle);
    groupTitles.set(group, title);
  }
  return title;
}

/** A subgraph title or edge label: one line, and no numeric code (Mermaid would show it as is). */
function plainLabel(text: string, fallback: string): string {
  const escaped = escapeLabel(text);
  if (!needsNumericCode(escaped)) return escaped;
  const plain = escapeLabel(fallback);
  return needsNumericCode(plain) ? '' : plain;
}

export function writeFlowchart(chart: Flowchart, title: string): SizedDiagram {
  const nodeIds = new Map<string, string>();
  chart.nodes.forEach((node, index) => nodeIds.set(node.key, `n${String(index + 1)}`));
  // A subgraph with nothing in it draws an empty box: only groups holding a node are written.
  const parents = new Map(chart.groups.map((group) => [group.key, group.parent]));
  const filled = new Set<string>();
  for (const node of chart.nodes) {
    for (let group = node.group; group !== undefined && !filled.has(group);) {
      filled.add(group);
      group = parents.get(group);
    }
  }
  const groupIds = new Map<string, string>();
  chart.groups
    .filter((group) => filled.has(group.key))
    .forEach((group, index) => groupIds.set(group.key, `g${String(index + 1)}`));

  const out: string[] = [`flowchart ${chart.direction}`];
  const nodesIn = new Map<string | undefined, FlowNode[]>();
  for (const node of chart.nodes) {
    const group = node.group !== undefined && groupIds.has(node.group) ? node.group : undefined;
    const list = nodesIn.get(group) ?? [];
    list.push(node);
    nodesIn.set(group, list);
  }
  const childGroups = new Map<string | undefined, FlowGroup[]>();
  for (const group of chart.groups) {
    if (!groupIds.has(group.key)) continue;
    const parent =
      group.parent !== undefined && groupIds.has(group.parent) ? group.parent : undefined;
    const list = childGroups.get(parent) ?? [];
    list.push(group);
    childGroups.set(parent, list);
  }

  const writeNode = (node: FlowNode, indent: string): void => {
    const [open, close] = OPEN_CLOSE[node.shape];
    out.push(`${indent}${nodeIds.get(node.key) ?? ''}${open}${cachedNodeLabel(node)}${close}`);
  };
  const writeGroup = (group: FlowGroup, indent: string): void => {
    const title = cachedGroupTitle(group);
    out.push(`${indent}subgraph ${groupIds.get(group.key) ?? ''}["${title}"]`);
    for (const child of childGroups.get(group.key) ?? []) writeGroup(child, `${indent}  `);
    for (const node of nodesIn.get(group.key) ?? []) writeNode(node, `${indent}  `);
    out.push(`${indent}end`);
  };
  for (const group of childGroups.get(undefined) ?? []) writeGroup(group, '  ');
  for (const node of nodesIn.get(undefined) ?? []) writeNode(node, '  ');

  let edges = 0;
  for (const edge of chart.edges) {
    const from = nodeIds.get(edge.from) ?? groupIds.get(edge.from);
    const to = nodeIds.get(edge.to) ?? groupIds.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const arrow = edge.dotted ? '-.->' : '-->';
    const text = edge.label === undefined ? '' : `|"${plainLabel(edge.label, '')}"|`;
    out.push(`  ${from} ${arrow}${text} ${to}`);
    edges += 1;
  }

  const styled = new Map<NodeStyle, string[]>();
  for (const node of chart.nodes) {
    if (node.style === undefined) continue;
    const list = styled.get(node.style) ?? [];
    list.push(nodeIds.get(node.key) ?? '');
    styled.set(node.style, list);
  }
  for (const [style, ids] of [...styled].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`  classDef ${style} ${STYLE_DEFINITIONS[style]}`);
    out.push(`  class ${ids.join(',')} ${style}`);
  }

  const source = `${out.join('\n')}\n`;
  const size: DiagramSize = {
    nodes: chart.nodes.length + groupIds.size,
    edges,
    chars: source.length,
  };
  return { title, source, size };
}
