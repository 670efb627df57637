import { speakVocabulary } from '../../itil/vocabulary';
import { metricsHorizonLine, metricsNotes, metricsRows } from '../../metrics/report';
import { summariseFindings } from '../../readiness/finding';
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
        `${String(counts.error)} errors, ${String(counts.warning)} warnings, ${String(counts.info)} notes.`,
      ),
      {
        kind: 'table',
        header: ['Severity', 'Finding'],
        rows: findings.map((finding) => [
          SEVERITY_WORDS[finding.severity],
          speakVocabulary(finding.message, context.vocabulary),
        ]),
      },
    ],
  };
}
