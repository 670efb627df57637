import { describeApproval } from '../../plan/approval-labels';
import { describeCadence } from '../../plan/cadence-labels';
import { deliveryName, streamTitle, textOr, type ReportContext } from '../context';
import { changeApprovalBlocks } from './policies';
import { paragraph, sectionOrEmpty, type ReportBlock, type ReportSection } from '../model';

/** Title block: what the plan is, which version, when and by whom. */
export function titleSection(context: ReportContext): ReportSection {
  const { plan } = context;
  const rows: [string, string][] = [
    ['Plan', plan.title.trim() || 'Untitled plan'],
    ['Service', plan.service.name.trim() || '(unnamed service)'],
    ['Service owner', textOr(plan.service.owner, 'not named in the plan')],
    ['Plan version', textOr(plan.version, 'not set in the plan')],
    ['Author', textOr(plan.author, 'not named in the plan')],
    ['Date', context.date],
  ];
  return { id: 'title', title: 'Title', blocks: [{ kind: 'facts', rows }] };
}

export function strategySection({ plan }: ReportContext): ReportSection {
  const { strategy } = plan;
  const { deliveries } = plan.packagedPlan;
  const first = deliveries[0];
  const last = deliveries[deliveries.length - 1];
  const horizon = strategy.horizon
    ? `${strategy.horizon.start} to ${strategy.horizon.end}`
    : first && last
      ? `not set: ${deliveryName(first)} (${first.date}) to ${deliveryName(last)} (${last.date}) and its early life support`
      : 'not set, and the plan has no delivery';
  const customers = strategy.customers?.filter((customer) => customer.trim() !== '') ?? [];
  const rows: [string, string][] = [
    ['Need', textOr(strategy.need, 'not written yet')],
    ['Customers', customers.length > 0 ? customers.join(', ') : 'none named'],
    ['Approach', APPROACHES[strategy.approach]],
    ['Horizon', horizon],
  ];
  return { id: 'strategy', title: 'Strategy', blocks: [{ kind: 'facts', rows }] };
}

const APPROACHES = {
  packaged: 'Packaged releases',
  streams: 'DevOps streams',
  hybrid: 'Hybrid: packaged releases and streams',
} as const;

/** The written change policy and each stream's approval model. */
export function changePolicySection(context: ReportContext): ReportSection {
  const blocks: ReportBlock[] = [];
  blocks.push(
    paragraph(
      textOr(context.plan.strategy.changePolicy, 'The strategy has no written change policy.'),
    ),
  );
  blocks.push(...changeApprovalBlocks(context.plan.strategy.changeApproval));
  if (context.streamsProposed && context.streams.length > 0) {
    blocks.push(
      paragraph(
        'The plan has no stream design yet: these streams are what the conversion rules propose.',
      ),
    );
  }
  if (context.streams.length > 0) {
    blocks.push({
      kind: 'table',
      header: ['Stream', 'Cadence', 'Approval model'],
      rows: context.streams.map((stream) => [
        streamTitle(stream),
        describeCadence(stream.cadence),
        describeApproval(stream.approval),
      ]),
    });
  } else {
    blocks.push(paragraph('No stream, so no approval model per stream.'));
  }
  return sectionOrEmpty('change-policy', 'Change policy and approval model', blocks, '');
}
