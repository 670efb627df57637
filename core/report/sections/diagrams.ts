import { buildDiagramOf } from '../../diagrams/build';
import { DIAGRAM_VIEWS, DIAGRAM_VIEW_TITLES } from '../../diagrams/types';
import type { ReportContext } from '../context';
import { paragraph, type ReportBlock, type ReportSection } from '../model';

/** Every view over the same streams as the rest of the report; a reduced view says why. */
export function diagramsSection(context: ReportContext): ReportSection {
  const design = { streams: context.streams, proposed: context.streamsProposed };
  const blocks: ReportBlock[] = [];
  for (const view of DIAGRAM_VIEWS) {
    const set = buildDiagramOf(
      context.plan,
      view,
      { vocabulary: context.vocabulary, detail: context.detail },
      () => design,
    );
    if (set.reduced) blocks.push(paragraph(`${DIAGRAM_VIEW_TITLES[view]}: ${set.reduced.message}`));
    for (const diagram of set.diagrams) {
      blocks.push({ kind: 'diagram', title: diagram.title, source: diagram.source });
    }
  }
  return { id: 'diagrams', title: 'Diagrams', blocks };
}
