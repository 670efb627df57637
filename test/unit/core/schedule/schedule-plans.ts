import type { ChangeCalendar, Plan, Stream } from '../../../../core/plan/schema';
import { delivery, els, fr, hw, makePlan, stream } from '../metrics/plan-builders';

/**
 * A plan whose code stream (daily, pre-authorised) carries requirements going live on
 * 2027-12-01 (a Wednesday) and 2028-01-12 (a Wednesday), a hardware stream (as required, CAB)
 * the platform on 2027-12-04 (a Saturday) and 2027-12-22, and ELS of 10 days after the last.
 */
export function schedulePlan(calendar?: ChangeCalendar, streams?: Stream[]): Plan {
  const plan = makePlan([
    delivery('d1', '2027-12-01', [fr('fr-1'), hw('hw-1')]),
    delivery('d2', '2028-01-12', [fr('fr-2'), hw('hw-2', 2), els('els-2', 10)]),
  ]);
  const hw1 = plan.packagedPlan.deliveries[0]?.items[1];
  if (hw1) hw1.date = '2027-12-04';
  const hw2 = plan.packagedPlan.deliveries[1]?.items[1];
  if (hw2) hw2.date = '2027-12-22';
  plan.streamDesign = {
    streams: streams ?? [
      stream('code', { kind: 'daily' }, ['release-deployment'], ['fr-1', 'fr-2']),
      stream('hardware', { kind: 'asRequired' }, ['release-deployment'], ['hw-1', 'hw-2'], {
        mode: 'changeAuthority',
        authority: 'CAB',
      }),
      stream('els', { kind: 'daily' }, ['csi'], ['els-2'], 'none'),
    ],
  };
  if (calendar) plan.changeCalendar = calendar;
  return plan;
}

export const YEAR_END_FREEZE: ChangeCalendar = {
  windows: [
    {
      id: 'year-end',
      kind: 'freeze',
      name: 'Year-end freeze',
      start: '2027-12-20',
      end: '2028-01-03',
    },
  ],
};
