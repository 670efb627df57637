import { describe, expect, it } from 'vitest';
import type { PlanReport, ReportSection } from '../../../../core/report/model';
import { planReport } from '../../../../core/report/plan-report';
import { loadSeedPlan } from '../../../support/seed';

function section(report: PlanReport, id: string): ReportSection {
  const found = report.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function factsOf(found: ReportSection): readonly (readonly [string, string])[] {
  const facts = found.blocks.find((block) => block.kind === 'facts');
  if (facts?.kind !== 'facts') throw new Error(`no facts in ${found.id}`);
  return facts.rows;
}

const tableRows = (found: ReportSection): string[][] =>
  found.blocks.flatMap((block) => (block.kind === 'table' ? block.rows.map((r) => [...r]) : []));

describe('the report prints the policies a CAB asks about', () => {
  it('gives the structured change policy: CAB for everything, authority, defaults, gates, emergency', () => {
    const plan = loadSeedPlan();
    plan.strategy.changeApproval = {
      everythingToCab: true,
      changeAuthority: { authority: 'Payments CAB' },
      defaults: { regulatory: 'signOff', code: 'changeAuthority' },
      preAuthorisingGates: ['Pipeline A'],
      emergency: { authority: 'ECAB', conditions: 'Only for P1 incidents' },
    };
    expect(factsOf(section(planReport(plan, { date: '2026-12-03' }), 'change-policy'))).toEqual([
      ['Every production change to the CAB', 'Yes: no stream is pre-authorised'],
      ['Change authority', 'Payments CAB'],
      [
        'Approval by kind of work',
        'Code: normal change to the change authority; Regulatory items: regulatory or compliance sign-off',
      ],
      ['Gates that may pre-authorise', 'Pipeline A'],
      ['Emergency changes', 'ECAB: Only for P1 incidents'],
    ]);
  });

  it('says when there is no structured change policy', () => {
    const found = section(planReport(loadSeedPlan(), { date: '2026-12-03' }), 'change-policy');
    expect(found.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'No structured change policy: each stream follows its conversion rule.',
    });
  });

  it('gives the early life support policy, or says it is not written', () => {
    const plan = loadSeedPlan();
    plan.strategy.elsPolicy = {
      incidentFocus: true,
      incidentNotes: 'P2 and above triaged by the project team for 30 days',
      meetings: { cadence: { kind: 'daily' }, attendees: ['Sponsor', 'Business owner'] },
      improvementLevels: ['operational', 'strategic'],
    };
    expect(factsOf(section(planReport(plan, { date: '2026-12-03' }), 'els-policy'))).toEqual([
      [
        'Incident focus during early life support',
        'P2 and above triaged by the project team for 30 days',
      ],
      ['Sunrise and sunset meetings', 'Daily, with Sponsor, Business owner'],
      ['Improvements recorded at', 'operational, strategic'],
      ['Notes', 'none written'],
    ]);
    delete plan.strategy.elsPolicy;
    expect(section(planReport(plan, { date: '2026-12-03' }), 'els-policy').blocks).toEqual([
      { kind: 'paragraph', text: 'The strategy has no early life support policy yet.' },
    ]);
  });

  it('lists the risks', () => {
    const plan = loadSeedPlan();
    plan.strategy.risks = [
      { id: 'r1', description: 'Vendor late', likelihood: 'high', impact: 'high' },
    ];
    expect(tableRows(section(planReport(plan, { date: '2026-12-03' }), 'risks'))).toEqual([
      ['Vendor late', 'High', 'High', 'none written'],
    ]);
  });
});

describe('the report checks readiness on its own date', () => {
  it('flags the go-lives before the report date, grouped with the deliveries named', () => {
    const rows = tableRows(
      section(planReport(loadSeedPlan(), { date: '2028-01-04' }), 'readiness'),
    );
    expect(rows).toContainEqual([
      'Warning',
      '2 deliveries were due to go live before today (2028-01-04): move their dates or record that they went live. (Delivery "Delivery 1" (2027-06-30); Delivery "Delivery 2" (2027-11-30))',
    ]);
    const before = tableRows(
      section(planReport(loadSeedPlan(), { date: '2027-01-04' }), 'readiness'),
    );
    expect(before.some((row) => row[1]?.includes('before today'))).toBe(false);
  });
});
