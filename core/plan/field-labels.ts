/**
 * The words the editor puts on the plan's fields: the screens label their inputs from here, and
 * a problem in a file is placed with the same words (problem-place.ts), so that a message says
 * "Delivery "Wave 1" › Go-live date" and the user finds the field that says "Go-live date".
 */
export const FIELD_LABELS = {
  planTitle: 'Plan title',
  service: 'Service',
  serviceOwner: 'Service owner',
  deliveryName: 'Name',
  goLiveDate: 'Go-live date',
  itemTitle: 'Title',
  streamName: 'Name',
  streamItems: 'Items',
  cadence: 'Cadence',
  roles: 'Roles',
  owners: 'Owned by',
  approval: 'Approval model',
  gate: 'Gate that authorises the release',
  changeAuthority: 'Change authority',
  signedOffBy: 'Signed off by',
  conditions: 'Conditions',
  horizon: 'Horizon',
  windowStart: 'From',
  windowEnd: 'To',
} as const;

/** The figure each kind of item carries, as its column in the packaged plan names it. */
export const ITEM_FIGURE_LABELS = {
  nonFunctional: 'Targets met',
  infrastructure: 'Quantity',
  opsBriefing: 'Briefing, weeks before',
  training: 'Training from, weeks before',
  earlyLifeSupport: 'Support, days after',
} as const;
