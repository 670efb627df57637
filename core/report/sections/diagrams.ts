import { addCalendarDays, parseDay } from '../../metrics/calendar';
import { buildDiagramOf } from '../../diagrams/build';
import { DIAGRAM_VIEWS, DIAGRAM_VIEW_TITLES, type DiagramOptions } from '../../diagrams/types';
import type { DiagramSet, DiagramView } from '../../diagrams/types';
import { DEFAULT_CADENCE_WEEKS, defaultCadenceStart } from '../../diagrams/views/cadence';
import type { ReportContext } from '../context';
import { paragraph, type ReportBlock, type ReportSection } from '../model';

/**
 * The width, in CSS pixels, of the printed text column (A4 less the report's 14 mm margins is
 * 182 mm ≈ 688 px; Letter is wider). Timelines drawn at this width print at their own size: at
 * the app's panel width (1100 px) they shrank to about 5 pt on paper.
 */
export const REPORT_DIAGRAM_WIDTH = 680;

/**
 * The cadence window of the report is cut into timelines of this many weeks: at the printed
 * width a day of a four-week timeline is narrower than its own date.
 */
export const REPORT_CADENCE_WEEKS = 2;

/** The default cadence window as consecutive windows of REPORT_CADENCE_WEEKS weeks. */
function cadenceWindows(context: ReportContext): DiagramOptions['cadenceWindow'][] {
  const start = defaultCadenceStart(context.plan);
  if (start === undefined || parseDay(start) === null) return [undefined];
  const windows: DiagramOptions['cadenceWindow'][] = [];
  for (let week = 0; week < DEFAULT_CADENCE_WEEKS; week += REPORT_CADENCE_WEEKS) {
    const from = addCalendarDays(start, week * 7);
    if (from === null) break;
    const weeks = Math.min(REPORT_CADENCE_WEEKS, DEFAULT_CADENCE_WEEKS - week);
    windows.push({ start: from, weeks });
  }
  return windows.length === 0 ? [undefined] : windows;
}

/** Every view over the same streams as the rest of the report; a reduced view says why. */
export function diagramsSection(context: ReportContext): ReportSection {
  const design = { streams: context.streams, proposed: context.streamsProposed };
  // Timelines are drawn at the printed width (flowcharts scale to it by themselves).
  const options: DiagramOptions = {
    vocabulary: context.vocabulary,
    detail: context.detail,
    ganttWidth: REPORT_DIAGRAM_WIDTH,
  };
  const build = (view: DiagramView, extra: DiagramOptions = {}): DiagramSet =>
    buildDiagramOf(context.plan, view, { ...options, ...extra }, () => design);
  const blocks: ReportBlock[] = [];
  for (const view of DIAGRAM_VIEWS) {
    const sets =
      view === 'cadence'
        ? cadenceWindows(context).map((cadenceWindow) =>
            build(view, cadenceWindow ? { cadenceWindow } : {}),
          )
        : [build(view)];
    const reduced = sets.find((set) => set.reduced)?.reduced;
    if (reduced) blocks.push(paragraph(`${DIAGRAM_VIEW_TITLES[view]}: ${reduced.message}`));
    for (const set of sets) {
      for (const diagram of set.diagrams) {
        blocks.push({ kind: 'diagram', title: diagram.title, source: diagram.source });
      }
    }
  }
  return { id: 'diagrams', title: 'Diagrams', blocks };
}
