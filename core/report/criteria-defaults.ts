import type { ChecklistItem } from '../plan/schema';

/**
 * The checklists a plan starts from when it has written none of its own (domain/itil.md:
 * typical service acceptance and ELS exit criteria). A plan's own list replaces them.
 */
const items = (texts: readonly string[]): ChecklistItem[] => texts.map((text) => ({ text }));

export const DEFAULT_ACCEPTANCE_CRITERIA = items([
  'Go-live date agreed',
  'Deployment schedule published',
  'SLRs/SLAs agreed',
  'Service catalogue and CMS updated',
  'SLA targets measurable',
  'Capacity targets in the capacity plan',
  'Incident and problem categories updated',
  'Support documentation accepted',
]);

export const DEFAULT_ELS_EXIT_CRITERIA = items([
  'Users can complete their business activity',
  'Service and process owners agree to operate within the documented SLAs',
  'Service levels consistently achieved',
  'Training and knowledge transfer complete',
  'SLAs and contracts signed off',
]);

export const DEFAULT_GO_NO_GO_CRITERIA = items([
  'No readiness error open',
  'Service acceptance criteria met',
  'Normal changes approved by their change authority',
  'Pre-authorised streams pass their automated gate',
  'Rollback or remediation plan tested',
  'Early life support staffed for the go-live',
]);
