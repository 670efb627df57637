import { describeCadence } from '../../plan/cadence-labels';
import {
  DEFAULT_CHANGE_AUTHORITY,
  WORK_KINDS,
  type ChangeApprovalPolicy,
  type DefaultApprovalClass,
  type ImprovementLevel,
  type WorkKind,
} from '../../plan/schema';
import { textOr, type ReportContext } from '../context';
import { paragraph, type ReportBlock, type ReportSection } from '../model';

const WORK_WORDS: Readonly<Record<WorkKind, string>> = {
  code: 'Code',
  knowledge: 'Knowledge',
  acceptance: 'Service acceptance',
  infrastructureAsCode: 'Infrastructure as code',
  physicalInfrastructure: 'Physical infrastructure',
  regulatory: 'Regulatory items',
  cutover: 'Cutover work',
  decommission: 'Decommissioning',
  earlyLifeSupport: 'Early life support',
};

const CLASS_WORDS: Readonly<Record<DefaultApprovalClass, string>> = {
  preAuthorised: 'pre-authorised (standard change)',
  changeAuthority: 'normal change to the change authority',
  signOff: 'regulatory or compliance sign-off',
};

const LEVEL_WORDS: Readonly<Record<ImprovementLevel, string>> = {
  operational: 'operational',
  tactical: 'tactical',
  strategic: 'strategic',
};

/**
 * The structured change policy as the CAB reads it: who decides, what each kind of work
 * defaults to, which gates may pre-authorise and who runs the emergency path.
 */
export function changeApprovalBlocks(policy: ChangeApprovalPolicy | undefined): ReportBlock[] {
  if (policy === undefined) {
    return [paragraph('No structured change policy: each stream follows its conversion rule.')];
  }
  const defaults = WORK_KINDS.flatMap((work) => {
    const chosen = policy.defaults?.[work];
    return chosen === undefined ? [] : [`${WORK_WORDS[work]}: ${CLASS_WORDS[chosen]}`];
  });
  const gates = policy.preAuthorisingGates ?? [];
  const rows: [string, string][] = [
    [
      'Every production change to the CAB',
      policy.everythingToCab === true ? 'Yes: no stream is pre-authorised' : 'No',
    ],
    ['Change authority', policy.changeAuthority?.authority ?? DEFAULT_CHANGE_AUTHORITY],
    [
      'Approval by kind of work',
      defaults.length > 0 ? defaults.join('; ') : 'as the conversion rules say',
    ],
    [
      'Gates that may pre-authorise',
      gates.length > 0 ? gates.join('; ') : 'any gate the conversion rules name',
    ],
    [
      'Emergency changes',
      policy.emergency
        ? [policy.emergency.authority, policy.emergency.conditions?.trim()]
            .filter((part) => part !== undefined && part !== '')
            .join(': ')
        : 'not set in the policy',
    ],
  ];
  return [{ kind: 'facts', rows }];
}

/** How the service is looked after right after go-live and where the lessons go. */
export function elsPolicySection({ plan }: ReportContext): ReportSection {
  const policy = plan.strategy.elsPolicy;
  const title = 'Early life support policy';
  if (policy === undefined || Object.keys(policy).length === 0) {
    return {
      id: 'els-policy',
      title,
      blocks: [paragraph('The strategy has no early life support policy yet.')],
    };
  }
  const focus =
    policy.incidentFocus === true
      ? textOr(policy.incidentNotes, 'Yes: incidents caused by the change get heightened attention')
      : policy.incidentFocus === false
        ? 'No'
        : 'not decided';
  const meetings = policy.meetings
    ? [
        describeCadence(policy.meetings.cadence),
        (policy.meetings.attendees ?? []).filter((a) => a.trim() !== '').join(', '),
      ]
        .filter((part) => part !== '')
        .join(', with ')
    : 'none planned';
  const levels = (policy.improvementLevels ?? []).map((level) => LEVEL_WORDS[level]);
  const rows: [string, string][] = [
    ['Incident focus during early life support', focus],
    ['Sunrise and sunset meetings', meetings],
    ['Improvements recorded at', levels.length > 0 ? levels.join(', ') : 'no level chosen'],
    ['Notes', textOr(policy.notes, 'none written')],
  ];
  return { id: 'els-policy', title, blocks: [{ kind: 'facts', rows }] };
}
