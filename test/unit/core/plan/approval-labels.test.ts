import { describe, expect, it } from 'vitest';
import { approvalLine } from '../../../../core/diagrams/labels';
import { streamsSheet } from '../../../../core/export/plan-tables';
import type { ApprovalModel, Stream } from '../../../../core/plan/schema';

const stream = (approval: ApprovalModel): Stream => ({
  id: 's',
  name: 'Payroll ledger',
  cadence: { kind: 'asRequired' },
  roles: [],
  approval,
  sourceItemIds: [],
});

const SIGN_OFF: ApprovalModel = {
  mode: 'signOff',
  authority: 'Data Protection Officer',
  regulation: 'GDPR',
};
const EMERGENCY: ApprovalModel = { mode: 'emergency', authority: 'Emergency CAB' };

describe('one wording of the approval class, in the diagrams and in the spreadsheet', () => {
  it('a sign-off stream reads as a sign-off, not as a change authority', () => {
    expect(approvalLine(SIGN_OFF)).toBe('Sign-off · Data Protection Officer');
    const [row] = streamsSheet([stream(SIGN_OFF)]).rows;
    expect(row?.slice(4, 6)).toEqual([
      'Regulatory or compliance sign-off',
      'Data Protection Officer',
    ]);
  });

  it('an emergency stream reads as the emergency change path', () => {
    expect(approvalLine(EMERGENCY)).toBe('Emergency · Emergency CAB');
    const [row] = streamsSheet([stream(EMERGENCY)]).rows;
    expect(row?.slice(4, 6)).toEqual(['Emergency change path', 'Emergency CAB']);
  });

  it('a standard change names its gate', () => {
    const gate: ApprovalModel = { mode: 'preAuthorised', gate: 'CI pipeline' };
    expect(approvalLine(gate)).toBe('Pre-authorised · CI pipeline');
    expect(streamsSheet([stream(gate)]).rows[0]?.slice(4, 6)).toEqual([
      'Pre-authorised (standard change)',
      'CI pipeline',
    ]);
  });
});
