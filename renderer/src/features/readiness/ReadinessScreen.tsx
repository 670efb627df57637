import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { speakVocabulary } from '../../../../core/itil/vocabulary';
import { describeProblem } from '../../../../core/plan/problems';
import { summariseFindings, type Finding, type Severity } from '../../../../core/readiness';
import { usePlanProblems } from '../../state/validation';
import { useUiStore } from '../../state/ui-store';
import { useDocumentStore } from '../../state/document-store';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { FindingRow } from './FindingRow';
import { useReadinessFindings } from './use-readiness';
import { planTitle } from '../../../../core/plan/untitled';
import { StaleTraceRepair } from '../../ui/StaleTraceRepair';

type Filter = 'all' | Severity;

const GROUPS: readonly { severity: Severity; title: string; empty: string }[] = [
  { severity: 'error', title: 'Errors', empty: 'No errors.' },
  { severity: 'warning', title: 'Warnings', empty: 'No warnings.' },
  { severity: 'info', title: 'Notes', empty: 'No notes.' },
];

/**
 * What still stands between the plan and go-live: the validator's problems (the file is wrong)
 * and the readiness checks (the plan is risky), each with a way to the field concerned.
 */
export function ReadinessScreen() {
  const findings = useReadinessFindings();
  const problems = usePlanProblems().all;
  const vocabulary = useUiStore((s) => s.vocabulary);
  const title = useDocumentStore((s) => s.plan?.title ?? '');
  const [filter, setFilter] = useState<Filter>('all');
  const counts = summariseFindings(findings);
  const shown = GROUPS.filter((group) => filter === 'all' || filter === group.severity);
  const nothing = findings.length === 0 && problems.length === 0;

  return (
    <Stack gap="lg" data-testid="readiness">
      <ScreenHeader
        section="Readiness"
        title={planTitle(title)}
        actions={
          <SegmentedControl
            size="xs"
            aria-label="Show findings"
            value={filter}
            onChange={(value) => {
              setFilter(value);
            }}
            data={[
              { value: 'all', label: `All (${String(findings.length)})` },
              { value: 'error', label: `Errors (${String(counts.error)})` },
              { value: 'warning', label: `Warnings (${String(counts.warning)})` },
              { value: 'info', label: `Notes (${String(counts.info)})` },
            ]}
          />
        }
      >
        <Text size="sm" c="dimmed" data-testid="readiness-counts">
          {problems.length > 0
            ? `${String(problems.length)} ${problems.length === 1 ? 'problem' : 'problems'} in the plan · `
            : ''}
          {counts.error} {counts.error === 1 ? 'error' : 'errors'} · {counts.warning}{' '}
          {counts.warning === 1 ? 'warning' : 'warnings'} · {counts.info}{' '}
          {counts.info === 1 ? 'note' : 'notes'} before go-live
        </Text>
      </ScreenHeader>

      {nothing ? (
        <Text data-testid="readiness-clear">
          Nothing to flag: the plan is valid and no readiness check found a gap.
        </Text>
      ) : null}

      {problems.length > 0 ? (
        <FindingGroup
          title="Problems in the plan"
          count={problems.length}
          actions={<StaleTraceRepair />}
        >
          {problems.map((problem) => (
            <FindingRow
              key={`${problem.path}:${problem.message}`}
              severity="problem"
              message={describeProblem(problem)}
              path={problem.path}
            />
          ))}
        </FindingGroup>
      ) : null}

      {shown.map((group) => {
        const inGroup = findings.filter((finding) => finding.severity === group.severity);
        if (inGroup.length === 0 && filter === 'all') return null;
        return (
          <FindingGroup key={group.severity} title={group.title} count={inGroup.length}>
            {inGroup.length === 0 ? (
              <Text size="sm" c="dimmed" component="li" style={{ listStyle: 'none' }}>
                {group.empty}
              </Text>
            ) : (
              inGroup.map((finding, index) => (
                <FindingRow
                  key={findingKey(finding, index)}
                  severity={finding.severity}
                  message={speakVocabulary(finding.message, vocabulary)}
                  path={finding.path}
                  check={finding.check}
                  members={finding.members?.map((member) => ({
                    ...member,
                    subject: speakVocabulary(member.subject, vocabulary),
                  }))}
                  alsoIn={
                    finding.check === 'unmapped-item'
                      ? { section: 'review', label: 'Assign in review' }
                      : undefined
                  }
                />
              ))
            )}
          </FindingGroup>
        );
      })}
    </Stack>
  );
}

function findingKey(finding: Finding, index: number): string {
  return `${finding.check}:${finding.path}:${String(index)}`;
}

function FindingGroup({
  title,
  count,
  actions,
  children,
}: {
  title: string;
  count: number;
  /** A repair for the whole group, between its title and its rows. */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const id = `readiness-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title} ({count})
      </Title>
      {actions}
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {children}
      </Stack>
    </Stack>
  );
}
