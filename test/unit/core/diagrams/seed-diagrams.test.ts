// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildDiagram, DIAGRAM_VIEWS } from '../../../../core/diagrams';
import { seedWithStreams } from '../../../support/seed';
import { parseMermaid } from './mermaid-parse';

describe('diagrams of the sample plan', () => {
  for (const view of DIAGRAM_VIEWS) {
    it(`draws the ${view} view as Mermaid parses it`, async () => {
      const set = buildDiagram(seedWithStreams(), view);
      expect(set.view).toBe(view);
      expect(set.reduced).toBeUndefined();
      expect(set.diagrams).toHaveLength(1);
      const [diagram] = set.diagrams;
      if (!diagram) throw new Error('no diagram');
      await expect(diagram.source).toMatchFileSnapshot(`__snapshots__/seed-${view}.mmd`);
      const parsed = await parseMermaid(diagram.source);
      expect(parsed.nodes + parsed.tasks).toBeGreaterThan(0);
    });
  }
});
