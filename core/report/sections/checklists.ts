import type { ChecklistItem } from '../../plan/schema';
import {
  DEFAULT_ACCEPTANCE_CRITERIA,
  DEFAULT_ELS_EXIT_CRITERIA,
  DEFAULT_GO_NO_GO_CRITERIA,
} from '../criteria-defaults';
import { textOr, type ReportContext } from '../context';
import { paragraph, type ReportBlock, type ReportSection } from '../model';

const LEVEL = { low: 'Low', medium: 'Medium', high: 'High' } as const;

export function risksSection({ plan }: ReportContext): ReportSection {
  const risks = plan.strategy.risks ?? [];
  const title = 'Risks';
  if (risks.length === 0) {
    return { id: 'risks', title, blocks: [paragraph('The strategy lists no risk.')] };
  }
  return {
    id: 'risks',
    title,
    blocks: [
      {
        kind: 'table',
        header: ['Risk', 'Likelihood', 'Impact', 'Mitigation'],
        rows: risks.map((risk) => [
          risk.description.trim() || '(no description)',
          LEVEL[risk.likelihood],
          LEVEL[risk.impact],
          textOr(risk.mitigation, 'none written'),
        ]),
      },
    ],
  };
}

/** A plan's own checklist, or the default one with a line that says so. */
function checklist(
  id: string,
  title: string,
  own: readonly ChecklistItem[] | undefined,
  defaults: readonly ChecklistItem[],
): ReportSection {
  const blocks: ReportBlock[] = [];
  const items = own ?? defaults;
  if (own === undefined) {
    blocks.push(paragraph('The plan has no list of its own yet: these are the typical criteria.'));
  }
  if (items.length === 0) {
    blocks.push(paragraph('The plan lists no criterion here.'));
  } else {
    blocks.push({
      kind: 'checklist',
      items: items.map((item) => ({
        text: item.text.trim() || '(empty criterion)',
        met: item.met === true,
      })),
    });
  }
  return { id, title, blocks };
}

export function acceptanceSection({ plan }: ReportContext): ReportSection {
  return checklist(
    'acceptance',
    'Service acceptance criteria',
    plan.strategy.acceptanceCriteria,
    DEFAULT_ACCEPTANCE_CRITERIA,
  );
}

export function elsExitSection({ plan }: ReportContext): ReportSection {
  return checklist(
    'els-exit',
    'Early life support exit criteria',
    plan.strategy.elsExitCriteria,
    DEFAULT_ELS_EXIT_CRITERIA,
  );
}

export function goNoGoSection({ plan }: ReportContext): ReportSection {
  return checklist(
    'go-no-go',
    'Go/no-go criteria',
    plan.strategy.goNoGoCriteria,
    DEFAULT_GO_NO_GO_CRITERIA,
  );
}

export function signOffSection({ plan }: ReportContext): ReportSection {
  const blank = '';
  return {
    id: 'sign-off',
    title: 'Sign-off',
    blocks: [
      {
        kind: 'table',
        header: ['Role', 'Name', 'Decision (go / no-go)', 'Signature', 'Date'],
        rows: [
          ['Service owner', plan.service.owner?.trim() ?? blank, blank, blank, blank],
          ['Change manager / CAB chair', blank, blank, blank, blank],
          ['Transition manager', plan.author?.trim() ?? blank, blank, blank, blank],
          ['Business owner', blank, blank, blank, blank],
        ],
      },
    ],
  };
}
