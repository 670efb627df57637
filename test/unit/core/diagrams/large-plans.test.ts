// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatedPlanText } from '../../../../bench/generated-plan';
import {
  buildDiagram,
  DEFAULT_DIAGRAM_LIMITS,
  DIAGRAM_VIEWS,
  type DiagramLimits,
  type DiagramOptions,
  type DiagramSet,
} from '../../../../core/diagrams';
import { convertToStreams } from '../../../../core/conversion/convert';
import { parsePlanText } from '../../../../core/plan/parse';
import type { Plan, Stream } from '../../../../core/plan/schema';
import { planArbitrary } from '../../../support/plan-arbitraries';
import { loadSeedPlan, seedStreams, seedWithStreams } from '../../../support/seed';
import { parseMermaid } from './mermaid-parse';

function generatedPlan(items: number, deliveries?: number): Plan {
  const result = parsePlanText(generatedPlanText(items, deliveries));
  if (!result.ok) throw new Error('the generated plan does not parse');
  return result.plan;
}

/** Parses every diagram of the set and checks it against the limits, as Mermaid counts. */
async function expectWithinLimits(set: DiagramSet, limits: DiagramLimits = DEFAULT_DIAGRAM_LIMITS) {
  for (const diagram of set.diagrams) {
    const parsed = await parseMermaid(diagram.source);
    const boxes = parsed.nodes + parsed.subgraphs + parsed.tasks + parsed.sections;
    expect(boxes, `${set.view}: ${diagram.title}`).toBeLessThanOrEqual(limits.maxNodes);
    expect(parsed.edges, `${set.view}: ${diagram.title}`).toBeLessThanOrEqual(limits.maxEdges);
    expect(diagram.source.length, `${set.view}: ${diagram.title}`).toBeLessThanOrEqual(
      limits.maxChars,
    );
  }
}

describe('large plans', () => {
  it.each([300, 3000])('a %i-item plan stays under the limits in every view', async (items) => {
    const plan = generatedPlan(items);
    const reducedAt = async (options: DiagramOptions): Promise<string[]> => {
      const reduced: string[] = [];
      for (const view of DIAGRAM_VIEWS) {
        const set = buildDiagram(plan, view, options);
        await expectWithinLimits(set);
        if (set.reduced) {
          expect(set.reduced.message).toMatch(/^The .+ too large .+\.$/);
          reduced.push(view);
        }
      }
      return reduced;
    };
    // Item by item, 300 items already pass 150 boxes in the stream design and the CI graph.
    expect(await reducedAt({ detail: 'items' })).toEqual(
      items === 300 ? ['streams', 'ci'] : ['packaged', 'streams', 'ci'],
    );
    // Grouped (the default), a few deliveries of any size stay one diagram.
    expect(await reducedAt({})).toEqual(items === 300 ? [] : ['packaged']);
  });

  it('splits by delivery when even groups of items are too many for one diagram', async () => {
    const plan = generatedPlan(3000, 60);
    for (const view of ['packaged', 'streams', 'ci'] as const) {
      const set = buildDiagram(plan, view);
      expect(set.reduced?.how, view).toBe('split');
      expect(set.diagrams.length, view).toBeGreaterThan(1);
      expect(set.diagrams[0]?.title, view).toMatch(/ · deliveries 1–\d+ of 60$/);
      await expectWithinLimits(set);
    }
  });

  it('splits the cadence into timelines of at most 10 streams, each with the releases', async () => {
    const plan = loadSeedPlan();
    const [daily] = seedStreams();
    if (!daily) throw new Error('fixture changed');
    const streams: Stream[] = Array.from({ length: 23 }, (_, index) => ({
      ...daily,
      id: `s${String(index)}`,
      name: `Stream ${String(index + 1)}`,
    }));
    plan.streamDesign = { streams };
    const set = buildDiagram(plan, 'cadence');
    expect(set.reduced?.how).toBe('split');
    expect(set.reduced?.message).toContain('split into');
    let lanes = 0;
    for (const diagram of set.diagrams) {
      const parsed = await parseMermaid(diagram.source);
      expect(parsed.sections - 1).toBeLessThanOrEqual(10);
      expect(parsed.bars.some((bar) => bar.section === 'Packaged releases')).toBe(true);
      lanes += parsed.sections - 1;
    }
    expect(lanes).toBe(23);
    await expectWithinLimits(set);
  });

  it('counts runs per week when a window is too long to draw every run', async () => {
    // The second delivery a year after the first: the streams run all year long.
    const plan = seedWithStreams();
    const second = plan.packagedPlan.deliveries[1];
    if (second) second.date = '2028-06-30';
    const set = buildDiagram(plan, 'cadence', {
      cadenceWindow: { start: '2027-06-30', weeks: 52 },
    });
    expect(set.reduced?.message).toContain('how many times it runs in each 2 weeks');
    await expectWithinLimits(set);
    const parsed = await parseMermaid(set.diagrams[0]?.source ?? '');
    expect(parsed.bars.find((bar) => bar.section.startsWith('Code objects'))?.text).toBe('10');
  });

  it('splits the approval flow of many streams', async () => {
    const plan = loadSeedPlan();
    const streams = Array.from({ length: 200 }, (_, index) => ({
      ...(seedStreams()[index % 5] ?? seedStreams()[0]),
      id: `s${String(index)}`,
      name: `Stream ${String(index + 1)}`,
    })) as Stream[];
    plan.streamDesign = { streams };
    const set = buildDiagram(plan, 'approvals');
    expect(set.reduced?.how).toBe('split');
    await expectWithinLimits(set);
  });

  it('keeps to limits the caller chooses', async () => {
    const limits = { maxNodes: 30, maxEdges: 40, maxChars: 5000 };
    const plan = seedWithStreams();
    for (const view of DIAGRAM_VIEWS) {
      const set = buildDiagram(plan, view, { limits });
      await expectWithinLimits(set, limits);
    }
  });
});

describe('any plan', () => {
  const views = fc.constantFrom(...DIAGRAM_VIEWS);
  const titled = fc.tuple(
    planArbitrary,
    fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1 }),
  );

  it('parses in every view and no diagram exceeds the limits', async () => {
    await fc.assert(
      fc.asyncProperty(titled, fc.boolean(), views, async ([plan, texts], converted, view) => {
        let serial = 0;
        const next = (): string => texts[serial++ % texts.length] ?? '';
        plan.title = next();
        plan.service.name = next();
        for (const delivery of plan.packagedPlan.deliveries) {
          delivery.name = next();
          for (const item of delivery.items) item.title = next();
        }
        const withDesign = converted ? convertToStreams(plan).plan : plan;
        for (const stream of withDesign.streamDesign?.streams ?? []) stream.name = next();
        const options: DiagramOptions = {};
        await expectWithinLimits(buildDiagram(withDesign, view, options));
      }),
      { numRuns: 60 },
    );
  });
});
