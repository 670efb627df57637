import { findItilRole, ITIL_ROLES } from '../../itil/roles';
import { roleLabel } from '../../itil/vocabulary';
import type { Stream } from '../../plan/schema';
import { streamTitle, type ReportContext } from '../context';
import { paragraph, sectionOrEmpty, type ReportBlock, type ReportSection } from '../model';

const CHANGE = 'change';

/**
 * Streams × the processes and roles that own them. The first role a stream lists is
 * accountable (A), the others responsible (R); Change Management, the approval broker, is
 * accountable for a stream that goes to a change authority and consulted (C) for a
 * pre-authorised one. Named owners (`roleOwners`) follow the letter.
 */
function cell(stream: Stream, roleId: string): string {
  const owners = (stream.roleOwners?.[roleId] ?? []).filter((name) => name.trim() !== '');
  const named = owners.length > 0 ? ` (${owners.join(', ')})` : '';
  const index = stream.roles.indexOf(roleId);
  if (index === 0) return `A${named}`;
  if (index > 0) return `R${named}`;
  if (roleId === CHANGE) {
    return stream.approval?.mode === 'preAuthorised' ? `C${named}` : `A${named}`;
  }
  return '';
}

export function raciSection(context: ReportContext): ReportSection {
  const { streams, plan } = context;
  if (streams.length === 0) {
    return sectionOrEmpty('raci', 'RACI', [], 'No stream, so no RACI matrix.');
  }
  const used = new Set<string>([CHANGE]);
  for (const stream of streams) for (const role of stream.roles) used.add(role);
  // ITIL roles in catalogue order, then the plan's own and unknown ids as the streams list them.
  const columns = [
    ...ITIL_ROLES.filter((role) => used.has(role.id)).map((role) => role.id),
    ...[...used].filter((role) => findItilRole(role) === undefined),
  ];
  const custom = plan.customRoles ?? [];
  const label = (role: string) => roleLabel(role, context.vocabulary, custom);
  const blocks: ReportBlock[] = [
    {
      kind: 'table',
      header: ['Stream', ...columns.map((role) => label(role).short)],
      rows: streams.map((stream) => [
        streamTitle(stream),
        ...columns.map((role) => cell(stream, role)),
      ]),
    },
    paragraph(
      'A: accountable (the first role a stream lists; Change Management for a stream that goes to a change authority). R: responsible. C: consulted (Change Management for a pre-authorised stream). Names in brackets are the people or teams the plan gives a role.',
    ),
    paragraph(columns.map((role) => `${label(role).short}: ${label(role).full}`).join('; ')),
  ];
  return { id: 'raci', title: 'RACI', blocks };
}
