// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDiagram, DIAGRAM_VIEWS, type DiagramView } from '../../../../core/diagrams';
import { MAX_SECTION_LENGTH, shortenLabel } from '../../../../core/diagrams/escape';
import type { Plan } from '../../../../core/plan/schema';
import { loadSeedPlan, seedStreams } from '../../../support/seed';
import { parseMermaid, shapeOf, type DiagramShape, type ParsedDiagram } from './mermaid-parse';

const CORPUS = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../fixtures/hostile-strings.json'), 'utf8'),
) as { strings: string[] };

/** The sample plan with `text` in every text field a diagram can show. */
function planWith(text: string): Plan {
  const plan = loadSeedPlan();
  plan.title = text;
  plan.service = { name: text, owner: text };
  plan.customRoles = [{ id: 'custom', abbreviation: text, name: text }];
  for (const delivery of plan.packagedPlan.deliveries) {
    delivery.name = text;
    for (const item of delivery.items) item.title = text;
  }
  const streams = seedStreams().map((stream, index) => {
    const approval = stream.approval;
    return {
      ...stream,
      name: text,
      roles: [...stream.roles, 'custom'],
      // The third stream has no approval model: the diagrams must still say where it goes.
      ...(index === 2 || !approval
        ? { approval: undefined }
        : {
            approval:
              approval.mode === 'preAuthorised'
                ? { ...approval, gate: text, conditions: text }
                : { ...approval, authority: text, conditions: text },
          }),
    };
  });
  plan.streamDesign = { streams };
  return plan;
}

async function parseView(plan: Plan, view: DiagramView): Promise<ParsedDiagram[]> {
  const set = buildDiagram(plan, view);
  return Promise.all(set.diagrams.map((diagram) => parseMermaid(diagram.source)));
}

const plain = new Map<DiagramView, DiagramShape[]>();

/** The structure of a view of the plan with plain text everywhere, parsed once. */
async function plainShape(view: DiagramView): Promise<DiagramShape[]> {
  let shape = plain.get(view);
  if (!shape) {
    shape = (await parseView(planWith('Plain text'), view)).map(shapeOf);
    plain.set(view, shape);
  }
  return shape;
}

describe('hostile text in every field', () => {
  it('has a corpus worth the name', () => {
    expect(CORPUS.strings.length).toBeGreaterThanOrEqual(60);
    expect(CORPUS.strings.some((text) => text.length >= 10_000)).toBe(true);
  });

  it.each(CORPUS.strings.map((text, index) => [index, text] as const))(
    'string %i parses in every view with the structure of plain text, and reads as itself',
    async (_index, text) => {
      for (const view of DIAGRAM_VIEWS) {
        const expected = await plainShape(view);
        const parsed = await parseView(planWith(text), view);
        expect(parsed.map(shapeOf), view).toEqual(expected);

        const shown = shortenLabel(text);
        // Empty text is shown as "(unnamed …)" and the like, checked elsewhere.
        if (shown === '') continue;
        const lines = parsed.flatMap((diagram) => diagram.labels.flat());
        expect(
          lines.some((line) => line.includes(shown)),
          `${view} shows ${JSON.stringify(shown)}`,
        ).toBe(true);
        if (view === 'packaged' || view === 'cadence') {
          const section = shortenLabel(text, MAX_SECTION_LENGTH);
          expect(lines, `${view} names a section ${JSON.stringify(section)}`).toContain(section);
        }
      }
    },
  );

  it('keeps the structure for any text at all', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.constantFrom(...DIAGRAM_VIEWS),
        async (text, view) => {
          const parsed = await parseView(planWith(text), view);
          expect(parsed.map(shapeOf)).toEqual(await plainShape(view));
          const shown = shortenLabel(text);
          if (shown !== '') {
            expect(
              parsed
                .flatMap((diagram) => diagram.labels.flat())
                .some((line) => line.includes(shown)),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
