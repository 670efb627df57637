import { describeCadence } from '../../plan/cadence-labels';
import type { Plan } from '../../plan/schema';
import { shortenLabel } from '../escape';
import { itilRoleName, viewFrame, type DesignInUse } from '../design';
import {
  allFit,
  noteDiagram,
  packInOrder,
  partTitle,
  splitSet,
  toDiagramSet,
  tooLarge,
} from '../fit';
import { writeFlowchart, type FlowEdge, type FlowNode, type Flowchart } from '../flowchart';
import { streamName } from '../labels';
import { subcharter } from '../subchart';
import { DIAGRAM_VIEW_TITLES, type DiagramOptions, type DiagramSet } from '../types';

/**
 * Who lets each stream's releases into production. Change Management stays the broker: it
 * devolves approval to an automated gate for some streams (pre-authorised, standard changes)
 * and keeps a change authority for the others (normal changes). A stream with no approval model
 * goes to a change authority, as the metrics assume: nobody has devolved its approval.
 */
const TITLE = DIAGRAM_VIEW_TITLES.approvals;
const PRE_AUTHORISED = 'pre';
const AUTHORITY = 'authority';
const PRODUCTION = 'production';
const NO_MODEL = 'no-model';

function approvalChart(plan: Plan, design: DesignInUse, options: DiagramOptions): Flowchart {
  const broker = itilRoleName('change', options.vocabulary);
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const deciders = new Map<string, FlowNode>();
  const decider = (key: string, lines: string[], group: string, missing = false): string => {
    if (!deciders.has(key)) {
      deciders.set(key, {
        key,
        lines,
        shape: 'hexagon',
        group,
        ...(missing ? { style: 'missing' as const } : {}),
      });
    }
    return key;
  };
  design.streams.forEach((stream, index) => {
    const key = `s${String(index)}`;
    const approval = stream.approval;
    const conditions = shortenLabel(approval?.conditions ?? '');
    nodes.push({
      key,
      lines: [
        streamName(stream),
        describeCadence(stream.cadence),
        ...(conditions ? [conditions] : []),
      ],
      shape: 'round',
      // A stream sits with whoever approves it, so each box reads as one approval route.
      group: approval?.mode === 'preAuthorised' ? PRE_AUTHORISED : AUTHORITY,
      style: approval ? 'stream' : 'missing',
    });
    let to: string;
    if (!approval) {
      to = decider(
        NO_MODEL,
        ['No approval model', 'a change authority is assumed'],
        AUTHORITY,
        true,
      );
    } else if (approval.mode === 'preAuthorised') {
      const gate = shortenLabel(approval.gate);
      to = decider(`gate:${gate}`, [gate || '(unnamed gate)', 'automated gate'], PRE_AUTHORISED);
    } else {
      const authority = shortenLabel(approval.authority);
      to = decider(
        `authority:${authority}`,
        [authority || '(unnamed change authority)', 'change authority'],
        AUTHORITY,
      );
    }
    edges.push({ from: key, to });
  });
  const service = shortenLabel(plan.service.name);
  const production: FlowNode = {
    key: PRODUCTION,
    lines: service ? ['Production', service] : ['Production'],
    shape: 'subroutine',
  };
  // Gates first, then authorities, each in the order streams first name them.
  const ordered = [...deciders.values()].sort(
    (a, b) => Number(a.group === AUTHORITY) - Number(b.group === AUTHORITY),
  );
  for (const node of ordered) edges.push({ from: node.key, to: PRODUCTION });
  return {
    direction: 'LR',
    nodes: [...nodes, ...ordered, production],
    edges,
    groups: [
      {
        key: PRE_AUTHORISED,
        title: `Pre-authorised by ${broker} · standard changes`,
        plainTitle: 'Pre-authorised · standard changes',
      },
      {
        key: AUTHORITY,
        title: `Approved by a change authority · normal changes`,
        plainTitle: 'Approved by a change authority · normal changes',
      },
    ],
  };
}

export function buildApprovalsDiagramOf(
  plan: Plan,
  design: DesignInUse,
  options: DiagramOptions,
): DiagramSet {
  const { title, limits } = viewFrame(TITLE, design, options);
  if (design.streams.length === 0) {
    return toDiagramSet('approvals', [
      noteDiagram(title, ['There are no streams, so no release needs approving yet.']),
    ]);
  }
  const chart = approvalChart(plan, design, options);
  const whole = writeFlowchart(chart, title);
  if (allFit([whole], limits)) return toDiagramSet('approvals', [whole]);

  const total = design.streams.length;
  const streams = design.streams.map((_, index) => `s${String(index)}`);
  const part = subcharter(chart);
  const parts = packInOrder(
    streams.map((key, index) => ({ key, index })),
    (chunk) => {
      const first = (chunk[0]?.index ?? 0) + 1;
      const last = (chunk[chunk.length - 1]?.index ?? 0) + 1;
      return writeFlowchart(
        part({ nodes: chunk.map((stream) => stream.key), alone: [PRODUCTION] }),
        partTitle(title, 'streams', first, last, total),
      );
    },
    limits,
  );
  return splitSet(
    'approvals',
    parts,
    `The approval flow of ${String(total)} streams is too large for one diagram (${tooLarge(limits)}), so it is split into ${String(parts.length)} diagrams by stream, each with the gates and change authorities its streams go to.`,
  );
}
