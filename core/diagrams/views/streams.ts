import { indexPlan, type ItemEntry } from '../../plan/plan-index';
import type { ItemKind, Plan, Stream } from '../../plan/schema';
import { itemsOf, roleNamer, viewFrame, type DesignInUse } from '../design';
import { groupLines } from '../group-labels';
import { itemGroupId } from '../stream-groups';
import { allFit, noteDiagram, packInOrder, splitSet, toDiagramSet, tooLarge } from '../fit';
import { writeFlowchart } from '../flowchart';
import type { FlowEdge, FlowGroup, FlowNode, Flowchart } from '../flowchart';
import {
  approvalLine,
  cadenceAndRoles,
  deliveryLabel,
  deliveryPlace,
  itemKindLine,
  itemTitle,
  kindCount,
  streamName,
} from '../labels';
import { subcharter } from '../subchart';
import { DIAGRAM_VIEW_TITLES, type DiagramOptions, type DiagramSet } from '../types';

/**
 * The stream design: each stream with its cadence, roles and approval model, and a line from
 * the packaged items it absorbed (deliveries as boxes around them). By default the items of one
 * kind in one delivery are one box named by them ("Functional requirements a–c (3)"), so the
 * article's plan reads at a glance; `detail: 'items'` draws every item. Large plans trace to
 * item groups with a count, or split by delivery.
 */
const streamKey = (index: number): string => `s${String(index)}`;
const deliveryKey = (index: number): string => `d${String(index)}`;

type Block = { delivery: number } | { stream: string };

function streamNodes(streams: readonly Stream[], plan: Plan, options: DiagramOptions): FlowNode[] {
  const roleName = roleNamer(plan, options.vocabulary);
  return streams.map((stream, index) => ({
    key: streamKey(index),
    lines: [streamName(stream), cadenceAndRoles(stream, roleName), approvalLine(stream.approval)],
    shape: 'round',
    style: stream.approval ? 'stream' : 'missing',
  }));
}

function deliveryGroups(plan: Plan): FlowGroup[] {
  const { deliveries } = plan.packagedPlan;
  return deliveries.map((delivery, index) => ({
    key: deliveryKey(index),
    title: deliveryLabel(delivery),
    plainTitle: deliveryPlace(index, deliveries.length, delivery),
  }));
}

/** Which streams carry each item, by item id. */
function carriers(
  streams: readonly Stream[],
  items: ReadonlyMap<string, ItemEntry>,
): Map<string, number[]> {
  const carriedBy = new Map<string, number[]>();
  streams.forEach((stream, index) => {
    for (const placed of itemsOf(stream, items)) {
      const list = carriedBy.get(placed.item.id) ?? [];
      list.push(index);
      carriedBy.set(placed.item.id, list);
    }
  });
  return carriedBy;
}

/** One item as a box in its delivery, with a line to each stream that carries it. */
function itemNode(
  placed: ItemEntry,
  key: string,
  by: readonly number[],
): {
  node: FlowNode;
  edges: FlowEdge[];
} {
  const kindLine = itemKindLine(placed.item);
  const lines = kindLine === '' ? [itemTitle(placed.item)] : [itemTitle(placed.item), kindLine];
  if (by.length === 0) lines.push('in no stream');
  return {
    node: {
      key,
      lines,
      shape: 'box',
      group: deliveryKey(placed.delivery.position),
      ...(by.length === 0 ? { style: 'missing' as const } : {}),
    },
    edges: by.map((stream) => ({ from: key, to: streamKey(stream) })),
  };
}

function itemChart(plan: Plan, streams: readonly Stream[], options: DiagramOptions): Flowchart {
  const items = indexPlan(plan).itemsById;
  const carriedBy = carriers(streams, items);
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  let serial = 0;
  for (const placed of items.values()) {
    serial += 1;
    const drawn = itemNode(placed, `i${String(serial)}`, carriedBy.get(placed.item.id) ?? []);
    nodes.push(drawn.node);
    edges.push(...drawn.edges);
  }
  return {
    direction: 'LR',
    nodes: [...nodes, ...streamNodes(streams, plan, options)],
    edges,
    groups: deliveryGroups(plan),
  };
}

/** The groups the reader opened: by their id, or because they feed an opened stream. */
function openedGroups(
  options: DiagramOptions,
  streams: readonly Stream[],
): (id: string, carriedBy: readonly (readonly number[])[]) => boolean {
  const groups = new Set(options.expand?.groups ?? []);
  const openedStreams = new Set(options.expand?.streams ?? []);
  const indexes = new Set(
    streams.flatMap((stream, index) => (openedStreams.has(stream.id) ? [index] : [])),
  );
  return (id, carriedBy) =>
    groups.has(id) || carriedBy.some((by) => by.some((index) => indexes.has(index)));
}

/**
 * One box per kind of item in each delivery. `listed` names the group by its items (the default
 * view); a plan too large for one diagram gets the plain count.
 */
function groupChart(
  plan: Plan,
  streams: readonly Stream[],
  options: DiagramOptions,
  listed: boolean,
): Flowchart {
  const items = indexPlan(plan).itemsById;
  const carriedBy = carriers(streams, items);
  const groups = new Map<
    string,
    { id: string; delivery: number; kind: ItemKind; ids: string[]; entries: ItemEntry[] }
  >();
  for (const placed of items.values()) {
    const key = `${deliveryKey(placed.delivery.position)}-${placed.item.kind}`;
    const group = groups.get(key) ?? {
      id: itemGroupId(placed.delivery.delivery.id, placed.item.kind),
      delivery: placed.delivery.position,
      kind: placed.item.kind,
      ids: [],
      entries: [],
    };
    group.ids.push(placed.item.id);
    group.entries.push(placed);
    groups.set(key, group);
  }
  const opened = openedGroups(options, streams);
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  for (const [key, group] of groups) {
    const by = group.ids.map((id) => carriedBy.get(id) ?? []);
    if (group.ids.length > 1 && opened(group.id, by)) {
      group.entries.forEach((placed, index) => {
        const drawn = itemNode(placed, `${key}-${String(index + 1)}`, by[index] ?? []);
        nodes.push(drawn.node);
        edges.push(...drawn.edges);
      });
      continue;
    }
    const perStream = new Map<number, number>();
    let unmapped = 0;
    for (const streamsOfItem of by) {
      if (streamsOfItem.length === 0) unmapped += 1;
      for (const stream of streamsOfItem) perStream.set(stream, (perStream.get(stream) ?? 0) + 1);
    }
    const lines = listed
      ? groupLines(
          group.kind,
          group.entries.map((placed) => placed.item),
        )
      : [kindCount(group.kind, group.ids.length)];
    if (unmapped > 0) lines.push(`${String(unmapped)} in no stream`);
    nodes.push({
      key,
      lines,
      shape: 'box',
      group: deliveryKey(group.delivery),
      ...(unmapped > 0 ? { style: 'missing' as const } : {}),
    });
    for (const [stream, n] of perStream) {
      edges.push({
        from: key,
        to: streamKey(stream),
        ...(n === group.ids.length ? {} : { label: `${String(n)} of ${String(group.ids.length)}` }),
      });
    }
  }
  return {
    direction: 'LR',
    nodes: [...nodes, ...streamNodes(streams, plan, options)],
    edges,
    groups: deliveryGroups(plan),
  };
}

export function buildStreamsDiagramOf(
  plan: Plan,
  design: DesignInUse,
  options: DiagramOptions,
): DiagramSet {
  const { title, limits } = viewFrame(DIAGRAM_VIEW_TITLES.streams, design, options);
  const { streams } = design;
  if (streams.length === 0) {
    return toDiagramSet('streams', [
      noteDiagram(title, [
        design.proposed
          ? 'The plan has no stream design and the conversion rules make no stream of it.'
          : 'The stream design has no streams.',
      ]),
    ]);
  }
  const detail = options.detail ?? 'grouped';
  const full = writeFlowchart(
    detail === 'items'
      ? itemChart(plan, streams, options)
      : groupChart(plan, streams, options, true),
    title,
  );
  if (allFit([full], limits)) return toDiagramSet('streams', [full]);

  const why = tooLarge(limits);
  const grouped = groupChart(plan, streams, options, false);
  const aggregated = writeFlowchart(grouped, title);
  if (allFit([aggregated], limits)) {
    return toDiagramSet('streams', [aggregated], {
      how: 'aggregated',
      message: `The stream design is too large to trace item by item (${why}), so each stream is traced to groups of items: the items of one kind in one delivery, with their count.`,
    });
  }
  // Split by delivery; a stream no item traces to is a block of its own, after them.
  const total = plan.packagedPlan.deliveries.length;
  const traced = new Set(grouped.edges.map((edge) => edge.to));
  const blocks: Block[] = [
    ...plan.packagedPlan.deliveries.map((_, index) => ({ delivery: index })),
    ...streams.flatMap((_, index) =>
      traced.has(streamKey(index)) ? [] : [{ stream: streamKey(index) }],
    ),
  ];
  const part = subcharter(grouped);
  const render = (chunk: readonly Block[]) => {
    const indexes = chunk.flatMap((block) => ('delivery' in block ? [block.delivery + 1] : []));
    const chart = part({
      groups: indexes.map((index) => deliveryKey(index - 1)),
      nodes: chunk.flatMap((block) => ('stream' in block ? [block.stream] : [])),
    });
    // Blocks come in plan order, so the first and last delivery bound the range.
    const range =
      indexes.length === 0
        ? 'streams without items'
        : `deliveries ${String(indexes[0])}–${String(indexes[indexes.length - 1])} of ${String(total)}`;
    return writeFlowchart(chart, `${title} · ${range}`);
  };
  const parts = packInOrder(blocks, render, limits);
  return splitSet(
    'streams',
    parts,
    `The stream design is too large for one diagram (${why}), so it is split into ${String(parts.length)} diagrams by delivery, each tracing the streams to groups of items: the items of one kind in one delivery, with their count.`,
  );
}
