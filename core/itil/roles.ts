/**
 * The ITIL processes, functions and roles a stream can be owned by (domain/itil.md). Looked up
 * through a Map, never an object index: a role id comes from a file and may be "constructor".
 */
export type RoleKind = 'process' | 'function' | 'role';

export interface ItilRole {
  id: string;
  abbreviation: string;
  name: string;
  kind: RoleKind;
  /** The ITIL 4 name, where it differs (for the vocabulary switch). */
  itil4Name?: string;
}

export const ITIL_ROLES: readonly ItilRole[] = [
  {
    id: 'transition-planning',
    abbreviation: 'TPS',
    name: 'Transition Planning and Support',
    kind: 'process',
  },
  {
    id: 'change',
    abbreviation: 'ChM',
    name: 'Change Management',
    kind: 'process',
    itil4Name: 'Change enablement',
  },
  {
    id: 'sacm',
    abbreviation: 'SACM',
    name: 'Service Asset and Configuration Management',
    kind: 'process',
    itil4Name: 'Service configuration management and IT asset management',
  },
  {
    id: 'release-deployment',
    abbreviation: 'R&DM',
    name: 'Release and Deployment Management',
    kind: 'process',
    itil4Name: 'Release management and deployment management',
  },
  {
    id: 'validation-testing',
    abbreviation: 'SV&T',
    name: 'Service Validation and Testing',
    kind: 'process',
    itil4Name: 'Service validation and testing',
  },
  { id: 'change-evaluation', abbreviation: 'CE', name: 'Change Evaluation', kind: 'process' },
  {
    id: 'knowledge',
    abbreviation: 'KM',
    name: 'Knowledge Management',
    kind: 'process',
    itil4Name: 'Knowledge management',
  },
  { id: 'service-level', abbreviation: 'SLM', name: 'Service Level Management', kind: 'process' },
  {
    id: 'business-relationship',
    abbreviation: 'BRM',
    name: 'Business Relationship Management',
    kind: 'process',
  },
  {
    id: 'csi',
    abbreviation: 'CSI',
    name: 'Continual Service Improvement',
    kind: 'process',
    itil4Name: 'Continual improvement',
  },
  { id: 'incident', abbreviation: 'IM', name: 'Incident Management', kind: 'process' },
  { id: 'problem', abbreviation: 'PM', name: 'Problem Management', kind: 'process' },
  {
    id: 'application-management',
    abbreviation: 'App Mgmt',
    name: 'Application Management',
    kind: 'function',
  },
  {
    id: 'technical-management',
    abbreviation: 'Tech Mgmt',
    name: 'Technical Management',
    kind: 'function',
  },
  {
    id: 'it-operations',
    abbreviation: 'IT Ops',
    name: 'IT Operations Management',
    kind: 'function',
  },
  { id: 'service-desk', abbreviation: 'SD', name: 'Service Desk', kind: 'function' },
  { id: 'service-owner', abbreviation: 'SO', name: 'Service Owner', kind: 'role' },
];

const BY_ID = new Map(ITIL_ROLES.map((role) => [role.id, role]));

export function findItilRole(roleId: string): ItilRole | undefined {
  return BY_ID.get(roleId);
}

/** Well-known role ids the conversion rules and metrics refer to by meaning. */
export const ROLE = {
  releaseDeployment: 'release-deployment',
  csi: 'csi',
  knowledge: 'knowledge',
} as const;

/**
 * Whether a role id names an ITIL role or one of the plan's own roles: the one rule validation
 * and the readiness checks both apply.
 */
export function roleRecogniser(
  customRoles: readonly { id: string }[] = [],
): (roleId: string) => boolean {
  const custom = new Set(customRoles.map((role) => role.id));
  return (roleId) => BY_ID.has(roleId) || custom.has(roleId);
}
