import { indexPlan } from '../../plan/plan-index';
import { ROLE } from '../../itil/roles';
import { quantityOf, type Item, type Plan } from '../../plan/schema';
import { shortenLabel } from '../escape';
import { itemsOf, viewFrame, type DesignInUse } from '../design';
import { allFit, count, packInOrder, partTitle, splitSet, toDiagramSet, tooLarge } from '../fit';
import {
  writeFlowchart,
  type FlowEdge,
  type FlowGroup,
  type FlowNode,
  type Flowchart,
} from '../flowchart';
import { groupLines } from '../group-labels';
import { deliveryLabel, deliveryPlace, itemKindLine, itemTitle } from '../labels';
import { subcharter } from '../subchart';
import { DIAGRAM_VIEW_TITLES, type DiagramOptions, type DiagramSet } from '../types';

/**
 * Configuration and knowledge: a knowledge CI for every functional requirement a knowledge
 * stream covers, linked (as the article has it) to the requirement, to the documents and
 * hardware CIs delivered with it (the packaged plan ties them together only by delivery) and to
 * the service CI; hardware CIs with their quantity, hosting the service.
 */
const TITLE = DIAGRAM_VIEW_TITLES.ci;
const SERVICE = 'service';
const deliveryKey = (index: number): string => `d${String(index)}`;

interface DeliveryCis {
  index: number;
  knowledge: Item[];
  documents: Item[];
  hardware: Item[];
}

function collect(plan: Plan, design: DesignInUse): { deliveries: DeliveryCis[]; covered: number } {
  const items = indexPlan(plan).itemsById;
  const covered = new Set<string>();
  for (const stream of design.streams) {
    if (!stream.roles.includes(ROLE.knowledge)) continue;
    for (const placed of itemsOf(stream, items)) {
      if (placed.item.kind === 'functional') covered.add(placed.item.id);
    }
  }
  const deliveries = plan.packagedPlan.deliveries.map((delivery, index) => {
    const own = delivery.items.filter((item) => items.get(item.id)?.delivery.delivery === delivery);
    return {
      index,
      knowledge: own.filter((item) => item.kind === 'functional' && covered.has(item.id)),
      documents: own.filter((item) => item.kind === 'document'),
      hardware: own.filter((item) => item.kind === 'infrastructure'),
    };
  });
  return { deliveries, covered: covered.size };
}

function serviceNode(plan: Plan): FlowNode {
  const name = shortenLabel(plan.service.name);
  const owner = shortenLabel(plan.service.owner ?? '');
  return {
    key: SERVICE,
    lines: ['Service CI', name || '(unnamed service)', ...(owner ? [`Owner · ${owner}`] : [])],
    shape: 'stadium',
  };
}

const documentsKey = (group: string): string => `${group}:documents`;
const hardwareKey = (group: string): string => `${group}:hardware`;

/**
 * A box per delivery; in detail, boxes inside it for its documents and its hardware CIs, so a
 * knowledge CI links to each of them with one line instead of one per document and host.
 */
function groupsOf(plan: Plan, deliveries: readonly DeliveryCis[], detailed: boolean): FlowGroup[] {
  const all = plan.packagedPlan.deliveries;
  return deliveries.flatMap(({ index, knowledge, documents, hardware }) => {
    const delivery = all[index];
    if (!delivery || knowledge.length + documents.length + hardware.length === 0) return [];
    const key = deliveryKey(index);
    const groups: FlowGroup[] = [
      {
        key,
        title: deliveryLabel(delivery),
        plainTitle: deliveryPlace(index, all.length, delivery),
      },
    ];
    if (detailed && documents.length > 0) {
      groups.push({
        key: documentsKey(key),
        title: 'Documents',
        plainTitle: 'Documents',
        parent: key,
      });
    }
    if (detailed && hardware.length > 0) {
      groups.push({
        key: hardwareKey(key),
        title: 'Hardware CIs',
        plainTitle: 'Hardware CIs',
        parent: key,
      });
    }
    return groups;
  });
}

/** Every CI on its own. */
function detailedChart(plan: Plan, deliveries: readonly DeliveryCis[]): Flowchart {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  for (const { index, knowledge, documents, hardware } of deliveries) {
    const group = deliveryKey(index);
    const key = (kind: string, item: Item): string => `${group}:${kind}:${item.id}`;
    for (const item of documents) {
      const kindLine = itemKindLine(item);
      nodes.push({
        key: key('doc', item),
        lines: kindLine === '' ? [itemTitle(item)] : [itemTitle(item), kindLine],
        shape: 'box',
        group: documentsKey(group),
      });
    }
    for (const item of hardware) {
      if (item.kind !== 'infrastructure') continue;
      nodes.push({
        key: key('hw', item),
        lines: [itemTitle(item), count(quantityOf(item), 'unit')],
        shape: 'cylinder',
        group: hardwareKey(group),
      });
    }
    if (hardware.length > 0) edges.push({ from: hardwareKey(group), to: SERVICE });
    for (const item of knowledge) {
      const kci = key('kci', item);
      const kindLine = itemKindLine(item);
      nodes.push({
        key: kci,
        lines: ['Knowledge CI', itemTitle(item)],
        shape: 'round',
        group,
        style: 'stream',
      });
      nodes.push({
        key: key('fr', item),
        lines: kindLine === '' ? [itemTitle(item)] : [itemTitle(item), kindLine],
        shape: 'box',
        group,
      });
      edges.push({ from: kci, to: key('fr', item) });
      if (documents.length > 0) edges.push({ from: kci, to: documentsKey(group) });
      if (hardware.length > 0) edges.push({ from: kci, to: hardwareKey(group) });
      edges.push({ from: kci, to: SERVICE });
    }
  }
  return {
    direction: 'LR',
    nodes: [...nodes, serviceNode(plan)],
    edges,
    groups: groupsOf(plan, deliveries, true),
  };
}

/**
 * One node per kind of CI in each delivery: named by its items ("Documents 1–3 (3)") when
 * `listed`, else with counts only (a plan too large for one diagram).
 */
function groupedChart(plan: Plan, deliveries: readonly DeliveryCis[], listed: boolean): Flowchart {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const named = (kind: Item['kind'], items: readonly Item[], singular: string): string[] =>
    listed ? groupLines(kind, items) : [count(items.length, singular)];
  for (const { index, knowledge, documents, hardware } of deliveries) {
    const group = deliveryKey(index);
    const docs = `${group}:docs`;
    const hw = `${group}:hw`;
    if (documents.length > 0)
      nodes.push({
        key: docs,
        lines: named('document', documents, 'document'),
        shape: 'box',
        group,
      });
    if (hardware.length > 0) {
      const units = hardware.reduce(
        (sum, item) => sum + (item.kind === 'infrastructure' ? quantityOf(item) : 0),
        0,
      );
      nodes.push({
        key: hw,
        lines: [...named('infrastructure', hardware, 'hardware CI'), count(units, 'unit')],
        shape: 'cylinder',
        group,
      });
      edges.push({ from: hw, to: SERVICE });
    }
    if (knowledge.length > 0) {
      const kci = `${group}:kci`;
      const fr = `${group}:fr`;
      nodes.push({
        key: kci,
        lines: [count(knowledge.length, 'knowledge CI')],
        shape: 'round',
        group,
        style: 'stream',
      });
      nodes.push({
        key: fr,
        lines: named('functional', knowledge, 'functional requirement'),
        shape: 'box',
        group,
      });
      edges.push({ from: kci, to: fr });
      if (documents.length > 0) edges.push({ from: kci, to: docs });
      if (hardware.length > 0) edges.push({ from: kci, to: hw });
      edges.push({ from: kci, to: SERVICE });
    }
  }
  return {
    direction: 'LR',
    nodes: [...nodes, serviceNode(plan)],
    edges,
    groups: groupsOf(plan, deliveries, false),
  };
}

export function buildCiDiagramOf(
  plan: Plan,
  design: DesignInUse,
  options: DiagramOptions,
): DiagramSet {
  const { title, limits } = viewFrame(TITLE, design, options);
  const { deliveries, covered } = collect(plan, design);
  const withNote = (chart: Flowchart): Flowchart =>
    covered > 0
      ? chart
      : {
          ...chart,
          nodes: [
            ...chart.nodes,
            {
              key: 'no-knowledge',
              lines: [
                'No knowledge stream covers a functional requirement,',
                'so there is no knowledge CI yet.',
              ],
              shape: 'box',
              style: 'note',
            },
          ],
        };
  const first = withNote(
    (options.detail ?? 'grouped') === 'items'
      ? detailedChart(plan, deliveries)
      : groupedChart(plan, deliveries, true),
  );
  const detailed = writeFlowchart(first, title);
  if (allFit([detailed], limits)) return toDiagramSet('ci', [detailed]);

  const why = tooLarge(limits);
  const grouped = withNote(groupedChart(plan, deliveries, false));
  const aggregated = writeFlowchart(grouped, title);
  if (allFit([aggregated], limits)) {
    return toDiagramSet('ci', [aggregated], {
      how: 'aggregated',
      message: `The configuration graph is too large to draw CI by CI (${why}), so each delivery shows its knowledge CIs, requirements, documents and hardware CIs as one box per kind, with counts.`,
    });
  }
  const total = plan.packagedPlan.deliveries.length;
  const part = subcharter(grouped);
  // Nodes outside every delivery (the note) are drawn with the first delivery.
  const outside = grouped.nodes.flatMap((node) => (node.group === undefined ? [node.key] : []));
  const parts = packInOrder(
    deliveries.map((delivery) => delivery.index),
    (chunk) => {
      const first = (chunk[0] ?? 0) + 1;
      const last = (chunk[chunk.length - 1] ?? 0) + 1;
      return writeFlowchart(
        part({
          groups: chunk.map(deliveryKey),
          alone: chunk[0] === 0 ? [SERVICE, ...outside] : [SERVICE],
        }),
        partTitle(title, 'deliveries', first, last, total),
      );
    },
    limits,
  );
  return splitSet(
    'ci',
    parts,
    `The configuration graph is too large for one diagram (${why}), so it is split into ${String(parts.length)} diagrams by delivery, each showing its CIs as one box per kind, with counts, and the service CI.`,
  );
}
