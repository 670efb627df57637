import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packInOrder } from '../../../../core/diagrams/fit';
import type { FlowEdge, FlowNode, Flowchart } from '../../../../core/diagrams/flowchart';
import type { SizedDiagram } from '../../../../core/diagrams/size';
import { subcharter } from '../../../../core/diagrams/subchart';

/** A diagram whose size is the sum of its blocks' weights. */
function weighed(blocks: readonly number[]): SizedDiagram {
  const nodes = blocks.reduce((sum, weight) => sum + weight, 0);
  return { title: '', source: '', size: { nodes, edges: 0, chars: 0 } };
}

const limits = { maxNodes: 100, maxEdges: 1000, maxChars: 1_000_000 };

describe('packInOrder', () => {
  it('fills each diagram as far as it fits, in order, and gives an oversized block its own', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 130 }), { maxLength: 60 }), (weights) => {
        const parts = packInOrder(weights, weighed, limits);
        expect(parts.flatMap((part) => part.blocks)).toEqual(weights);
        parts.forEach((part, index) => {
          const size = part.diagram.size.nodes;
          if (part.blocks.length > 1) expect(size).toBeLessThanOrEqual(limits.maxNodes);
          const next = parts[index + 1]?.blocks[0];
          // Greedy: the next diagram's first block would not have fitted in this one.
          if (next !== undefined) expect(size + next).toBeGreaterThan(limits.maxNodes);
        });
      }),
    );
  });

  it('renders each block a few times, not once per block of its diagram', () => {
    // 20,000 blocks of weight 1 make 200 diagrams of 100; adding one block at a time renders
    // 1 + 2 + … + 101 blocks per diagram, over a million in all.
    let rendered = 0;
    const parts = packInOrder(
      Array.from({ length: 20_000 }, () => 1),
      (blocks) => {
        rendered += blocks.length;
        return weighed(blocks);
      },
      limits,
    );
    expect(parts).toHaveLength(200);
    expect(rendered).toBeLessThan(20_000 * 20);
  });
});

/** The definition of a part, over the whole chart: what the indexed splitter must return. */
function naive(chart: Flowchart, core: Set<string>, alone: Set<string>): Flowchart {
  const coreKeys = new Set(
    chart.nodes.filter((n) => core.has(n.key) || core.has(n.group ?? '')).map((n) => n.key),
  );
  const keys = new Set(chart.nodes.map((n) => n.key));
  const included = new Set([...coreKeys, ...[...alone].filter((key) => keys.has(key))]);
  for (const edge of chart.edges) {
    if (coreKeys.has(edge.from) && keys.has(edge.to)) included.add(edge.to);
    if (coreKeys.has(edge.to) && keys.has(edge.from)) included.add(edge.from);
  }
  const nodes = chart.nodes.filter((n) => included.has(n.key));
  const parents = new Map(chart.groups.map((g) => [g.key, g.parent]));
  const used = new Set<string>();
  for (const node of nodes) {
    for (let g = node.group; g !== undefined && !used.has(g); g = parents.get(g)) used.add(g);
  }
  const drawn = (key: string) => included.has(key) || used.has(key);
  return {
    direction: chart.direction,
    nodes,
    edges: chart.edges.filter((e) => drawn(e.from) && drawn(e.to)),
    groups: chart.groups.filter((g) => used.has(g.key)),
  };
}

const chartArbitrary = fc
  .record({
    groups: fc.integer({ min: 0, max: 5 }),
    nodes: fc.array(fc.integer({ min: -1, max: 4 }), { minLength: 1, maxLength: 25 }),
    edges: fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 40 }),
  })
  .map(({ groups, nodes, edges }): Flowchart => {
    const groupKeys = Array.from({ length: groups }, (_, i) => `g${String(i)}`);
    const flowNodes: FlowNode[] = nodes.map((group, i) => {
      const node: FlowNode = { key: `n${String(i)}`, lines: [], shape: 'box' };
      const key = groupKeys[group];
      return key === undefined ? node : { ...node, group: key };
    });
    const ends = [...flowNodes.map((n) => n.key), ...groupKeys];
    const flowEdges: FlowEdge[] = edges.map(([a, b]) => ({
      from: ends[a % ends.length] ?? 'n0',
      to: ends[b % ends.length] ?? 'n0',
    }));
    return {
      direction: 'LR',
      nodes: flowNodes,
      edges: flowEdges,
      groups: groupKeys.map((key, i) => ({
        key,
        title: key,
        plainTitle: key,
        ...(i > 0 && i % 2 === 0 ? { parent: `g${String(i - 1)}` } : {}),
      })),
    };
  });

describe('subcharter', () => {
  it('takes the selected nodes, their neighbours, the alone nodes, their edges and groups', () => {
    fc.assert(
      fc.property(
        chartArbitrary,
        fc.array(fc.nat(30), { maxLength: 6 }),
        fc.array(fc.nat(30), { maxLength: 2 }),
        (chart, picked, aloneIndexes) => {
          const groups = picked.filter((i) => i % 2 === 0).map((i) => `g${String(i % 6)}`);
          const nodes = picked.filter((i) => i % 2 === 1).map((i) => `n${String(i)}`);
          const ungroupedNodes = nodes.filter(
            (key) => chart.nodes.find((n) => n.key === key)?.group === undefined,
          );
          const alone = aloneIndexes.map((i) => `n${String(i)}`);
          const part = subcharter(chart)({ groups, nodes: ungroupedNodes, alone });
          expect(part).toEqual(
            naive(chart, new Set([...groups, ...ungroupedNodes]), new Set(alone)),
          );
        },
      ),
    );
  });

  it('reads the whole chart once, however many parts are taken from it', () => {
    // A chart whose arrays count their reads: a split into n parts must not walk it n times.
    let reads = 0;
    const counted = <T>(list: T[]): T[] =>
      new Proxy(list, {
        get(target, property, receiver) {
          if (typeof property === 'string' && /^\d+$/u.test(property)) reads += 1;
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
    const deliveries = 2_000;
    const nodes: FlowNode[] = [];
    const edges: FlowEdge[] = [];
    for (let d = 0; d < deliveries; d += 1) {
      nodes.push({ key: `i${String(d)}`, lines: [], shape: 'box', group: `d${String(d)}` });
      edges.push({ from: `i${String(d)}`, to: 'stream' });
    }
    nodes.push({ key: 'stream', lines: [], shape: 'round' });
    const chart: Flowchart = {
      direction: 'LR',
      nodes: counted(nodes),
      edges: counted(edges),
      groups: counted(
        Array.from({ length: deliveries }, (_, d) => ({
          key: `d${String(d)}`,
          title: '',
          plainTitle: '',
        })),
      ),
    };
    const part = subcharter(chart);
    const indexing = reads;
    for (let d = 0; d < deliveries; d += 1) {
      const taken = part({ groups: [`d${String(d)}`] });
      expect(taken.nodes.map((n) => n.key)).toEqual([`i${String(d)}`, 'stream']);
      expect(taken.edges).toHaveLength(1);
    }
    expect(reads - indexing).toBe(0);
  });
});
