import type { ApprovalModel, ApprovalMode } from './schema-approval';

/**
 * The one wording of an approval class: `name` where there is room (the editor's choice, the
 * exported spreadsheet), `short` where there is not (diagram boxes, the stream table's line).
 */
export const APPROVAL_MODE_LABELS: Readonly<Record<ApprovalMode, { name: string; short: string }>> =
  {
    preAuthorised: { name: 'Pre-authorised (standard change)', short: 'Pre-authorised' },
    changeAuthority: { name: 'Change authority (normal change)', short: 'Change authority' },
    signOff: { name: 'Regulatory or compliance sign-off', short: 'Sign-off' },
    emergency: { name: 'Emergency change path', short: 'Emergency' },
  };

/** Who or what authorises the stream's releases: the gate of a standard change, else the authority. */
export function approverOf(approval: ApprovalModel): string {
  return approval.mode === 'preAuthorised' ? approval.gate : approval.authority;
}

/** The approval model in a sentence of the report and the schedule of change (.ics). */
export function describeApproval(approval: ApprovalModel | undefined): string {
  if (!approval) return 'None set (a change authority is assumed)';
  const conditions = approval.conditions?.trim();
  const base = ((): string => {
    switch (approval.mode) {
      case 'preAuthorised':
        return `Pre-authorised (standard change) through ${approval.gate}`;
      case 'changeAuthority':
        return `Normal change, approved by ${approval.authority}`;
      case 'signOff':
        return `Normal change with a sign-off by ${approval.authority}`;
      case 'emergency':
        return `Emergency change, approved by ${approval.authority}`;
    }
  })();
  return conditions ? `${base}; ${conditions}` : base;
}
