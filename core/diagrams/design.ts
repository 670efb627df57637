import { convertToStreams } from '../conversion/convert';
import { findItilRole } from '../itil/roles';
import type { ItemEntry } from '../plan/plan-index';
import type { Plan, Stream } from '../plan/schema';
import { resolveLimits } from './size';
import type { DiagramLimits, DiagramOptions } from './types';

/** The streams a view draws, and whether the plan has them or the conversion proposes them. */
export interface DesignInUse {
  streams: readonly Stream[];
  proposed: boolean;
}

/** The plan's own stream design; without one, what the conversion rules make of the plan. */
export function designInUse(plan: Plan): DesignInUse {
  if (plan.streamDesign) return { streams: plan.streamDesign.streams, proposed: false };
  return { streams: convertToStreams(plan).plan.streamDesign?.streams ?? [], proposed: true };
}

export const PROPOSED_NOTE = 'proposed by the conversion rules: the plan has no stream design yet';

/**
 * What every stream view starts from: its title (saying so when the streams it draws are only
 * proposed) and the size limits it must fit.
 */
export function viewFrame(
  title: string,
  design: DesignInUse,
  options: DiagramOptions,
): { title: string; limits: DiagramLimits } {
  return {
    title: design.proposed ? `${title} (${PROPOSED_NOTE})` : title,
    limits: resolveLimits(options),
  };
}

/** A stream's source items that exist, each once, in the stream's order. */
export function itemsOf(stream: Stream, items: ReadonlyMap<string, ItemEntry>): ItemEntry[] {
  const seen = new Set<string>();
  const found: ItemEntry[] = [];
  for (const id of stream.sourceItemIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const placed = items.get(id);
    if (placed) found.push(placed);
  }
  return found;
}

/**
 * How a diagram names a role: the ITIL abbreviation the UI shows, or with the ITIL 4
 * vocabulary the ITIL 4 name where it differs; the plan's own roles by their abbreviation; an
 * id nobody defines as itself (validation reports it).
 */
export function roleNamer(
  plan: Plan,
  vocabulary: DiagramOptions['vocabulary'] = 'itil3',
): (roleId: string) => string {
  const custom = new Map((plan.customRoles ?? []).map((role) => [role.id, role]));
  return (roleId) => {
    const itil = findItilRole(roleId);
    if (itil)
      return vocabulary === 'itil4' ? (itil.itil4Name ?? itil.abbreviation) : itil.abbreviation;
    return custom.get(roleId)?.abbreviation ?? roleId;
  };
}

/** The name of a well-known ITIL role in the chosen vocabulary, spelled out. */
export function itilRoleName(roleId: string, vocabulary: DiagramOptions['vocabulary']): string {
  const role = findItilRole(roleId);
  if (!role) return roleId;
  return vocabulary === 'itil4' ? (role.itil4Name ?? role.name) : role.name;
}
