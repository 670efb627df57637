import { roleRecogniser } from '../itil/roles';
import { nameStream } from './describe';
import { countOf } from '../text/count-of';
import type { FindingsCollector } from './findings-collector';
import type { PlanIndex } from '../plan/plan-index';

export function checkDesignHasStreams(index: PlanIndex, findings: FindingsCollector): void {
  if (index.streams === undefined || index.streams.length > 0) return;
  findings.add(
    'stream-design-empty',
    'warning',
    ['streamDesign', 'streams'],
    'The stream design has no streams, so no item of the packaged plan is carried into it.',
  );
}

/** Streams are owned by ITIL processes and functions: without them nobody runs the stream. */
export function checkStreamRoles(index: PlanIndex, findings: FindingsCollector): void {
  const isKnownRole = roleRecogniser(index.plan.customRoles);
  for (const entry of index.streams ?? []) {
    const { stream } = entry;
    if (stream.roles.length === 0) {
      findings.add(
        'stream-without-roles',
        'error',
        [...entry.path, 'roles'],
        `${nameStream(stream)} has no roles, so no ITIL process or function owns it.`,
        {
          subject: nameStream(stream),
          together: (count) =>
            `${countOf(count, 'stream has', 'streams have')} no roles, so no ITIL process or function owns them.`,
        },
      );
    }
    stream.roles.forEach((role, r) => {
      if (isKnownRole(role)) return;
      findings.add(
        'unknown-role',
        'error',
        [...entry.path, 'roles', r],
        `${nameStream(stream)} names role "${role}", which is neither an ITIL role nor one of the plan's own roles.`,
        {
          subject: nameStream(stream),
          together: (count) =>
            `${countOf(count, 'stream names', 'streams name')} role "${role}", which is neither an ITIL role nor one of the plan's own roles.`,
        },
      );
    });
  }
}

/**
 * A trace to an item that is gone is an error, not noise: the design claims to deliver
 * something the packaged plan no longer has.
 */
export function checkStreamTraces(index: PlanIndex, findings: FindingsCollector): void {
  for (const entry of index.streams ?? []) {
    const { stream } = entry;
    stream.sourceItemIds.forEach((itemId, i) => {
      if (index.itemsById.has(itemId)) return;
      findings.add(
        'stale-source-item',
        'error',
        [...entry.path, 'sourceItemIds', i],
        `${nameStream(stream)} traces to item "${itemId}", which is no longer in the packaged plan.`,
        {
          subject: `Item "${itemId}"`,
          together: (count) =>
            `${nameStream(stream)} traces to ${countOf(count, 'item', 'items')} no longer in the packaged plan.`,
        },
      );
    });
    if (entry.carried.length === 0) {
      findings.add(
        'stream-carries-nothing',
        'warning',
        [...entry.path, 'sourceItemIds'],
        `${nameStream(stream)} carries no item of the packaged plan.`,
        {
          subject: nameStream(stream),
          together: (count) =>
            `${countOf(count, 'stream carries', 'streams carry')} no item of the packaged plan.`,
        },
      );
    }
  }
}
