import { formatFigure, formatPercentRange, formatRange, formatRate } from './format-number';
import type { Range } from './range';
import type { DoraBand, NonFunctionalStep, PlanMetrics } from './types';

const NONE = '—';
const UNKNOWN = 'n/a';

export type Row = [figure: string, packaged: string, streams: string];

const WEEK = { one: 'week', many: 'weeks' };
const RELEASE = { one: 'release', many: 'releases' };
const ITEM = { one: 'item', many: 'items' };

/** Items a release: "13.5 items a release", or "1 item every 7–8 releases" below one. */
function batchSize(range: Range | null): string {
  return range ? formatRate(range, RELEASE, ITEM) : NONE;
}

function perWeek(range: Range): string {
  return formatRate(range, WEEK);
}

function band(dora: DoraBand): string {
  return `${dora.band}: ${dora.wording}`;
}

/** Past this many steps or periods a cell summarises, so a 500-delivery plan reads in a line. */
const LISTED = 6;

function path(steps: readonly NonFunctionalStep[]): string {
  if (steps.length === 0) return NONE;
  const percents = steps.map((step) => String(step.percent));
  if (percents.length <= LISTED) return percents.join(' → ');
  const last = percents[percents.length - 1] ?? '';
  return `${percents.slice(0, 3).join(' → ')} → … → ${last} (${String(percents.length)} steps)`;
}

function elsPeriods(days: readonly number[]): string {
  if (days.length <= LISTED) return days.map(formatFigure).join(' + ');
  const shortest = days.reduce((a, b) => Math.min(a, b));
  const longest = days.reduce((a, b) => Math.max(a, b));
  const each =
    shortest === longest
      ? formatFigure(shortest)
      : `${formatFigure(shortest)}–${formatFigure(longest)}`;
  return `${String(days.length)} periods of ${each} days`;
}

/** The period and the DORA table the figures use, as one sentence. */
export function metricsHorizonLine(metrics: PlanMetrics): string {
  const { horizon } = metrics;
  const source = horizon.explicit
    ? 'set in the strategy'
    : 'from the first delivery to the end of the last early life support';
  return (
    `Horizon ${horizon.start} to ${horizon.end}: ${String(horizon.days)} days ` +
    `(${formatFigure(horizon.weeks)} weeks), ${source}. ` +
    `DORA deployment-frequency bands from the ${String(metrics.doraYear)} report.`
  );
}

/** One row per figure: label, packaged, streams (shared by the text and Markdown reports). */
export function metricsRows(metrics: PlanMetrics): Row[] {
  const { leadTime, nonFunctionalPath, earlyLifeSupport } = metrics;
  const tracking = nonFunctionalPath.streams;
  const packagedEls = earlyLifeSupport.packaged;
  const streamsEls = earlyLifeSupport.streams;
  return [
    [
      'Releases into production (count)',
      formatRange(metrics.releaseEvents.packaged),
      formatRange(metrics.releaseEvents.streams),
    ],
    [
      'Batch size (items a release, on average)',
      batchSize(metrics.meanBatchSize.packaged),
      batchSize(metrics.meanBatchSize.streams),
    ],
    [
      'Mean lead time of a functional requirement (days)',
      leadTime.packaged.known ? formatFigure(leadTime.packaged.days) : UNKNOWN,
      leadTime.streams.known ? formatRange(leadTime.streams.days) : UNKNOWN,
    ],
    [
      'Deployments',
      perWeek(metrics.deploymentsPerWeek.packaged),
      perWeek(metrics.deploymentsPerWeek.streams),
    ],
    [
      `DORA deployment frequency (${String(metrics.doraYear)} report)`,
      band(metrics.doraBand.packaged),
      band(metrics.doraBand.streams),
    ],
    [
      'Approvals by a change authority',
      perWeek(metrics.changeAuthorityApprovalsPerWeek.packaged),
      perWeek(metrics.changeAuthorityApprovalsPerWeek.streams),
    ],
    [
      'Releases needing a change authority',
      metrics.changeAuthorityShare.packaged
        ? `${formatPercentRange(metrics.changeAuthorityShare.packaged)}%`
        : NONE,
      metrics.changeAuthorityShare.streams
        ? `${formatPercentRange(metrics.changeAuthorityShare.streams)}%`
        : NONE,
    ],
    [
      'Non-functional target path (% of targets met)',
      path(nonFunctionalPath.packaged),
      tracking.thresholds.length === 0
        ? NONE
        : `${path(tracking.thresholds)} as acceptance thresholds`,
    ],
    [
      'Operational acceptance test runs (count)',
      NONE,
      tracking.trackedBy ? formatRange(tracking.trackedBy.runs) : NONE,
    ],
    [
      'Early life support (days)',
      packagedEls.periods.length === 0
        ? NONE
        : `${String(packagedEls.coveredDays)} (${elsPeriods(packagedEls.periods.map((p) => p.days))})`,
      streamsEls.continuous
        ? `${String(streamsEls.days)}, continuous${streamsEls.mergedWithCsi ? ', merged with CSI' : ''}`
        : NONE,
    ],
  ];
}

/** Caveats a reader needs to read the figures right. */
export function metricsNotes(metrics: PlanMetrics): string[] {
  const found: string[] = [];
  const { leadTime, doraBand, nonFunctionalPath } = metrics;
  if (!leadTime.packaged.known) found.push(`Packaged lead time: ${leadTime.packaged.reason}`);
  if (!leadTime.streams.known) found.push(`Streams lead time: ${leadTime.streams.reason}`);
  const notDeployed = leadTime.streams.notDeployed;
  // When no requirement is deployed at all, the lead-time reason above already says so.
  if (leadTime.streams.known && notDeployed > 0) {
    found.push(
      `${String(notDeployed)} functional requirement${notDeployed === 1 ? ' is' : 's are'} carried by no deploying stream and left out of the streams' lead time.`,
    );
  }
  for (const [side, dora] of [
    ['Packaged', doraBand.packaged],
    ['Streams', doraBand.streams],
  ] as const) {
    if (dora.note) found.push(`${side} DORA band: ${dora.note}`);
  }
  if (nonFunctionalPath.streams.thresholds.length > 0 && !nonFunctionalPath.streams.trackedBy) {
    found.push('No stream carries the non-functional items, so nothing tracks the thresholds.');
  }
  return found;
}

function table(body: readonly Row[]): string[] {
  const all: Row[] = [['Figure', 'Packaged', 'Streams'], ...body];
  const widths = [0, 1, 2].map((column) =>
    Math.max(...all.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: Row): string =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('-+-');
  const [header, ...rest] = all;
  return header ? [line(header), rule, ...rest.map(line)] : [];
}

/** The before/after comparison as plain text for the command line. */
export function formatMetricsReport(metrics: PlanMetrics): string {
  const lines = [metricsHorizonLine(metrics), '', ...table(metricsRows(metrics))];
  const found = metricsNotes(metrics);
  if (found.length > 0) lines.push('', 'Notes:', ...found.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}
