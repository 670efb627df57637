/**
 * The section titles a full report has, in reading order, written out once for the report
 * model's test and the built CLI's HTML/PDF tests.
 */
export const REPORT_SECTION_TITLES = [
  'Title',
  'Strategy',
  'Change policy and approval model',
  'RACI',
  'Release and change calendar',
  'Before and after: packaged releases compared with streams',
  'Traceability: packaged items to streams',
  'Readiness findings',
  'Risks',
  'Service acceptance criteria',
  'Early life support policy',
  'Early life support exit criteria',
  'Configuration items',
  'Go/no-go criteria',
  'Diagrams',
  'Sign-off',
] as const;
