import type { Plan } from '../plan/schema';
import { count } from './fit';

/**
 * Above this many deliveries, items and streams together, the live panel beside an editor does
 * not draw: it would rebuild and redraw the whole view (split into many parts) after every
 * keystroke, and a 10,000-delivery plan froze the editor. The Diagrams screen still draws it.
 */
export const LIVE_DIAGRAM_MAX_BLOCKS = 2_000;

/** Why the live panel does not draw this plan, or null when it does. Linear in the plan. */
export function tooLargeToDrawLive(plan: Plan): string | null {
  const { deliveries } = plan.packagedPlan;
  let items = 0;
  for (const delivery of deliveries) items += delivery.items.length;
  const streams = plan.streamDesign?.streams.length ?? 0;
  if (deliveries.length + items + streams <= LIVE_DIAGRAM_MAX_BLOCKS) return null;
  const size = [
    count(deliveries.length, 'delivery', 'deliveries'),
    count(items, 'item'),
    count(streams, 'stream'),
  ].join(', ');
  return (
    `This plan (${size}) is too large to draw beside the editor while you work: the live ` +
    `diagram stops past ${LIVE_DIAGRAM_MAX_BLOCKS.toLocaleString('en')} deliveries, items and ` +
    `streams together. The Diagrams screen draws it in parts.`
  );
}
