import type mermaidInstance from 'mermaid';
import { mermaidConfig } from '../../../../core/diagrams';

/**
 * Mermaid's own reading of a diagram, for tests that run in jsdom (Mermaid cannot lay out there,
 * but it parses): how many nodes, edges, subgraphs, tasks and sections its parser found, and
 * the text of every label as a reader will see it.
 */
export interface ParsedDiagram {
  type: string;
  nodes: number;
  edges: number;
  subgraphs: number;
  tasks: number;
  sections: number;
  /** Every label's lines, entity codes decoded. */
  labels: string[][];
  /** Flowchart boxes by the first line of their label. */
  vertices: { id: string; lines: string[] }[];
  /** Flowchart lines, by the first line of the labels they join. */
  links: { from: string; to: string; label: string }[];
  groups: { title: string; members: string[] }[];
  /** Gantt tasks as Mermaid placed them. */
  bars: { text: string; section: string; start: string; end: string; milestone: boolean }[];
}

type Mermaid = typeof mermaidInstance;
let loaded: Promise<Mermaid> | undefined;

async function loadMermaid(): Promise<Mermaid> {
  loaded ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize(mermaidConfig('light'));
    return mermaid;
  });
  return loaded;
}

/**
 * What an entity code or Mermaid's placeholder for one stands for. The three named codes are
 * the only ones Mermaid decodes by name.
 */
const PLACEHOLDER = /\uFB02\u00B0(\u00B0?)(\w+)\u00B6\u00DF/gu;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>' };

export function decodeLabel(text: string): string[] {
  return text
    .split(/<br\s*\/?>/iu)
    .map((line) =>
      line
        .replace(PLACEHOLDER, (whole, numeric: string, body: string) => {
          if (numeric) return String.fromCodePoint(Number(body));
          return NAMED[body] ?? whole;
        })
        // The invisible joiner escapeLabel puts inside pairs Mermaid would act on.
        .replace(/(?<=\\|\uFB02|\u00B6)\u2060(?=n|\u00B0|\u00DF)/giu, '')
        .trim(),
    )
    .filter((line, index, lines) => line !== '' || index < lines.length - 1);
}

interface FlowDb {
  getVertices(): Map<string, { text?: string }>;
  getEdges(): { start: string; end: string; text?: string }[];
  getSubGraphs(): { id: string; title?: string; nodes: string[] }[];
}
interface GanttTask {
  task?: string;
  section?: string;
  startTime: Date;
  endTime: Date;
  milestone?: boolean;
}
interface GanttDb {
  getTasks(): GanttTask[];
  getSections(): string[];
}

/** Mermaid reads gantt dates as local midnight. */
const day = (date: Date): string =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');

function isFlowDb(db: unknown): db is FlowDb {
  return typeof (db as Partial<FlowDb>).getVertices === 'function';
}
function isGanttDb(db: unknown): db is GanttDb {
  return typeof (db as Partial<GanttDb>).getTasks === 'function';
}

/** Parses like the app does (`mermaid.parse`), then reads the parser's database. */
export async function parseMermaid(source: string): Promise<ParsedDiagram> {
  const mermaid = await loadMermaid();
  await mermaid.parse(source);
  // Deprecated for drawing, but the only way to read what the parser found, which is the point.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  const { db } = diagram;
  if (isFlowDb(db)) {
    const subgraphs = db.getSubGraphs();
    const subgraphIds = new Set(subgraphs.map((subgraph) => subgraph.id));
    // A line to a subgraph also registers the subgraph's id as a vertex: not a box of its own.
    const vertexMap = new Map([...db.getVertices()].filter(([id]) => !subgraphIds.has(id)));
    const vertices = [...vertexMap.values()];
    const edges = db.getEdges();
    const first = (id: string): string =>
      (subgraphIds.has(id)
        ? decodeLabel(subgraphs.find((subgraph) => subgraph.id === id)?.title ?? '')[0]
        : decodeLabel(vertexMap.get(id)?.text ?? '')[0]) ?? '';
    return {
      vertices: [...vertexMap].map(([id, vertex]) => ({
        id,
        lines: decodeLabel(vertex.text ?? ''),
      })),
      links: edges.map((edge) => ({
        from: first(edge.start),
        to: first(edge.end),
        label: decodeLabel(edge.text ?? '').join(' '),
      })),
      groups: subgraphs.map((subgraph) => ({
        title: decodeLabel(subgraph.title ?? '').join(' '),
        members: subgraph.nodes.map(first),
      })),
      bars: [],
      type: diagram.type,
      nodes: vertices.length,
      edges: edges.length,
      subgraphs: subgraphs.length,
      tasks: 0,
      sections: 0,
      labels: [
        ...vertices.map((vertex) => decodeLabel(vertex.text ?? '')),
        ...edges.flatMap((edge) => (edge.text ? [decodeLabel(edge.text)] : [])),
        ...subgraphs.map((subgraph) => decodeLabel(subgraph.title ?? '')),
      ],
    };
  }
  if (isGanttDb(db)) {
    const tasks = db.getTasks();
    const sections = db.getSections();
    return {
      vertices: [],
      links: [],
      groups: [],
      bars: tasks.map((task) => ({
        text: decodeLabel(task.task ?? '').join(' '),
        section: decodeLabel(task.section ?? '').join(' · '),
        start: day(task.startTime),
        end: day(task.endTime),
        milestone: task.milestone === true,
      })),
      type: diagram.type,
      nodes: 0,
      edges: 0,
      subgraphs: 0,
      tasks: tasks.length,
      sections: sections.length,
      labels: [
        ...tasks.map((task) => decodeLabel(task.task ?? '')),
        ...sections.map((section) => decodeLabel(section)),
      ],
    };
  }
  throw new Error(`unexpected diagram type ${diagram.type}`);
}

/** The structure of a parsed diagram, without its text. */
export type DiagramShape = Pick<
  ParsedDiagram,
  'type' | 'nodes' | 'edges' | 'subgraphs' | 'tasks' | 'sections'
>;

export function shapeOf(parsed: ParsedDiagram): DiagramShape {
  const { type, nodes, edges, subgraphs, tasks, sections } = parsed;
  return { type, nodes, edges, subgraphs, tasks, sections };
}
