import type { PlanIndex } from '../plan/plan-index';
import { scheduleStreams, itemsDueInBlockingWindows } from '../schedule';
import { nameDelivery, nameItem, nameStream, quote } from './describe';
import type { FindingsCollector } from './findings-collector';

const ROLE_DEPLOYS = 'release-deployment';

/**
 * The stream design against the change calendar and the work: items due on a day a freeze or
 * blackout blocks their stream (the schedule cannot run it then), and deploying streams whose
 * first run comes before the platform they deploy onto goes live.
 */
export function checkStreamCalendar(index: PlanIndex, findings: FindingsCollector): void {
  checkRunsInFreeze(index, findings);
  checkBeforeFirstDelivery(index, findings);
}

function checkRunsInFreeze(index: PlanIndex, findings: FindingsCollector): void {
  for (const entry of index.streams ?? []) {
    for (const { window, items } of itemsDueInBlockingWindows(index, entry.stream)) {
      const [first] = items;
      if (first === undefined) continue;
      const what =
        items.length === 1
          ? `${nameItem(first.item)} is`
          : `${String(items.length)} of its items are`;
      findings.add(
        'stream-runs-in-freeze',
        'warning',
        entry.path,
        `${nameStream(entry.stream)} cannot run in ${window.kind} ${quote(window.name, window.id)} (${window.start} to ${window.end}), but ${what} due inside it: move the date or narrow the window's scope.`,
      );
    }
  }
}

/** The first go-live that delivers infrastructure: the platform deployments land on. */
function firstPlatformGoLive(index: PlanIndex) {
  return index.deliveriesByDate.find((entry) =>
    entry.items.some(({ item }) => item.kind === 'infrastructure'),
  );
}

function checkBeforeFirstDelivery(index: PlanIndex, findings: FindingsCollector): void {
  const streams = index.streams ?? [];
  const platform = firstPlatformGoLive(index);
  if (platform === undefined || streams.length === 0) return;
  const schedules = scheduleStreams(index.plan);
  streams.forEach((entry, s) => {
    if (!entry.roles.has(ROLE_DEPLOYS)) return;
    if (entry.carried.some(({ item }) => item.kind === 'infrastructure')) return;
    const firstRun = schedules[s]?.runs[0];
    if (firstRun === undefined || firstRun >= platform.delivery.date) return;
    findings.add(
      'stream-before-first-delivery',
      'warning',
      entry.path,
      `${nameStream(entry.stream)} first deploys on ${firstRun}, before ${nameDelivery(platform.delivery)} puts the first infrastructure live on ${platform.delivery.date}: it would deploy onto a platform that does not exist yet.`,
    );
  });
}
