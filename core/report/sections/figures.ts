import { countOf } from '../../text/count-of';
import { speakVocabulary } from '../../itil/vocabulary';
import { metricsHorizonLine, metricsNotes, metricsRows } from '../../metrics/report';
import { summariseFindings, type Finding } from '../../readiness/finding';
import type { ReportContext } from '../context';
import { paragraph, type ReportBlock, type ReportSection } from '../model';

export function beforeAfterSection({ metrics: result }: ReportContext): ReportSection {
  const title = 'Before and after: packaged releases compared with streams';
  if (!result.ok) return { id: 'figures', title, blocks: [paragraph(result.reason)] };
  const { metrics } = result;
  const blocks: ReportBlock[] = [
    paragraph(metricsHorizonLine(metrics)),
    { kind: 'table', header: ['Figure', 'Packaged', 'Streams'], rows: metricsRows(metrics) },
    ...metricsNotes(metrics).map(paragraph),
  ];
  return { id: 'figures', title, blocks };
}

/** A printed page is no place for a list of 1,000: the first few, then how many more. */
const MEMBERS_PRINTED = 12;

/** A grouped finding with what it holds for, so the pack reads without the app. */
function findingText(finding: Finding): string {
  const members = finding.members;
  if (members === undefined) return finding.message;
  const named = members.slice(0, MEMBERS_PRINTED).map((member) => member.subject);
  const more = members.length - named.length;
  const list = more > 0 ? [...named, `and ${String(more)} more`] : named;
  return `${finding.message} (${list.join('; ')})`;
}

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

export function readinessSection(context: ReportContext): ReportSection {
  const { findings } = context;
  const title = 'Readiness findings';
  if (findings.length === 0) {
    return {
      id: 'readiness',
      title,
      blocks: [paragraph('No readiness finding: the checks found nothing to look at.')],
    };
  }
  const counts = summariseFindings(findings);
  return {
    id: 'readiness',
    title,
    blocks: [
      paragraph(
        `${countOf(counts.error, 'error', 'errors')}, ${countOf(counts.warning, 'warning', 'warnings')}, ${countOf(counts.info, 'note', 'notes')}.`,
      ),
      {
        kind: 'table',
        header: ['Severity', 'Finding'],
        rows: findings.map((finding) => [
          SEVERITY_WORDS[finding.severity],
          speakVocabulary(findingText(finding), context.vocabulary),
        ]),
      },
    ],
  };
}
