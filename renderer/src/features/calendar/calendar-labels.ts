import type { ApprovalMode } from '../../../../core/plan/schema-approval';
import type { Weekday, WindowKind } from '../../../../core/plan/schema-calendar';

/** What each kind does to the streams, shown under the kind (the words of the schema). */
export const WINDOW_KIND_HINTS: Record<WindowKind, string> = {
  freeze: 'No change goes live; the emergency path stays open.',
  blackout: 'The business cannot take any change.',
  maintenance: 'Agreed time for changes; blocks nothing.',
};

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

export const APPROVAL_CLASS_LABELS: Record<ApprovalMode, string> = {
  preAuthorised: 'Pre-authorised (standard) changes',
  changeAuthority: 'Changes to a change authority',
  signOff: 'Regulatory sign-offs',
  emergency: 'Emergency changes',
};
