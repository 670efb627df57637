import type { FlowEdge, FlowGroup, FlowNode, Flowchart } from './flowchart';

/**
 * How a view is split: the part of a chart around some of its nodes. The chart is indexed once,
 * so that each part costs time in proportion to what it draws, not to the whole chart (a plan
 * of 10,000 deliveries is split into hundreds of parts).
 */
export interface SubchartSelection {
  /** Groups whose own nodes are taken, with every node an edge joins them to. */
  groups?: Iterable<string>;
  /** Nodes taken by key, with every node an edge joins them to. */
  nodes?: Iterable<string>;
  /** Nodes taken without their neighbours (a shared target such as the service). */
  alone?: Iterable<string>;
}

export type Subcharter = (selection: SubchartSelection) => Flowchart;

interface Indexed<T> {
  value: T;
  order: number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function inOrder<T>(entries: Iterable<Indexed<T>>): T[] {
  return Array.from(entries)
    .sort((a, b) => a.order - b.order)
    .map((entry) => entry.value);
}

/**
 * Indexes a chart for splitting. The edges among the drawn nodes are found from their ends: each
 * edge is filed under its end with fewer edges, so that a node every part shares (a stream fed
 * by every delivery) is not walked through all its edges for each part.
 */
export function subcharter(chart: Flowchart): Subcharter {
  const nodes = new Map<string, Indexed<FlowNode>>();
  chart.nodes.forEach((node, order) => nodes.set(node.key, { value: node, order }));
  const groups = new Map<string, Indexed<FlowGroup>>();
  chart.groups.forEach((group, order) => groups.set(group.key, { value: group, order }));
  const nodesIn = new Map<string, string[]>();
  for (const node of chart.nodes) if (node.group !== undefined) push(nodesIn, node.group, node.key);

  const degree = new Map<string, number>();
  for (const edge of chart.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  const neighbours = new Map<string, string[]>();
  const filed = new Map<string, Indexed<FlowEdge>[]>();
  chart.edges.forEach((edge, order) => {
    push(neighbours, edge.from, edge.to);
    push(neighbours, edge.to, edge.from);
    const lighter =
      (degree.get(edge.from) ?? 0) <= (degree.get(edge.to) ?? 0) ? edge.from : edge.to;
    push(filed, lighter, { value: edge, order });
  });

  return (selection) => {
    const core = new Set(selection.nodes);
    for (const group of selection.groups ?? []) {
      for (const key of nodesIn.get(group) ?? []) core.add(key);
    }
    const included = new Set<string>();
    for (const key of core) {
      if (!nodes.has(key)) continue;
      included.add(key);
      // A node joined to the core is drawn; its own neighbours are not walked.
      for (const other of neighbours.get(key) ?? []) if (nodes.has(other)) included.add(other);
    }
    for (const key of selection.alone ?? []) if (nodes.has(key)) included.add(key);

    const usedGroups = new Set<string>();
    for (const key of included) {
      let group = nodes.get(key)?.value.group;
      while (group !== undefined && !usedGroups.has(group)) {
        usedGroups.add(group);
        group = groups.get(group)?.value.parent;
      }
    }
    const drawn = (key: string): boolean => included.has(key) || usedGroups.has(key);
    const edges = new Map<number, Indexed<FlowEdge>>();
    for (const key of [...included, ...usedGroups]) {
      for (const edge of filed.get(key) ?? []) {
        if (drawn(edge.value.from) && drawn(edge.value.to)) edges.set(edge.order, edge);
      }
    }
    return {
      direction: chart.direction,
      nodes: inOrder(Array.from(included, (key) => nodes.get(key)).filter((n) => n !== undefined)),
      edges: inOrder(edges.values()),
      groups: inOrder(
        Array.from(usedGroups, (key) => groups.get(key)).filter((g) => g !== undefined),
      ),
    };
  };
}
