import { convertToStreams, itemsInNoStream, listItems, type UnmappedItem } from './convert';
import type { Plan, Stream } from '../plan/schema';

/**
 * The stream design a read-only command works on: the plan's own when it has one (as saved,
 * with the items no stream carries), else the one the conversion rules propose.
 */
export function designFor(plan: Plan): {
  streams: Stream[];
  proposed: boolean;
  unmapped: UnmappedItem[];
} {
  if (!plan.streamDesign) {
    const result = convertToStreams(plan);
    return {
      streams: result.plan.streamDesign?.streams ?? [],
      proposed: true,
      unmapped: result.unmapped,
    };
  }
  const { streams } = plan.streamDesign;
  const unmapped = itemsInNoStream(
    listItems(plan),
    streams,
    () => 'no stream of the design carries it',
  );
  return { streams, proposed: false, unmapped };
}
