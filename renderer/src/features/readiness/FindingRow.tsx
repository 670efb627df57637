import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { SECTION_INFO } from '../../ui/sections';
import { useUiStore, type Section } from '../../state/ui-store';
import { sectionForPath } from '../../ui/focus/section-for-path';
import type { FindingMember } from '../../../../core/readiness';
import { FindingMembers } from './FindingMembers';
import severityClasses from './severity.module.css';

export type RowSeverity = 'error' | 'warning' | 'info' | 'problem';

const SEVERITY_BADGE: Readonly<Record<RowSeverity, { label: string; color: string }>> = {
  problem: { label: 'Invalid', color: 'red' },
  error: { label: 'Error', color: 'red' },
  warning: { label: 'Warning', color: 'orange' },
  info: { label: 'Note', color: 'blue' },
};

export interface FindingRowProps {
  severity: RowSeverity;
  message: string;
  path: string;
  /** The check's id (readiness) — shown small, for people who search the docs. */
  check?: string;
  /** Another place that fixes it, e.g. the review for an item in no stream. */
  alsoIn?: { section: Section; label: string };
  /** The things a grouped finding holds for (readiness groups identical findings). */
  members?: readonly FindingMember[];
}

/** One finding or problem, with a button that opens the section and focuses the field. */
export function FindingRow({ severity, message, path, check, alsoIn, members }: FindingRowProps) {
  const goToField = useUiStore((s) => s.goToField);
  const showSection = useUiStore((s) => s.showSection);
  const messageId = useId();
  const section = sectionForPath(path);
  const badge = SEVERITY_BADGE[severity];
  return (
    <Paper
      withBorder
      px="md"
      py="sm"
      radius="sm"
      component="li"
      data-testid="finding"
      data-severity={severity}
      data-check={check}
      data-count={members?.length}
      style={{ borderInlineStart: `3px solid var(--mantine-color-${badge.color}-filled)` }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Badge
          size="sm"
          variant="light"
          color={badge.color}
          w={72}
          mt={2}
          style={{ flexShrink: 0 }}
          className={severity === 'warning' ? severityClasses.warning : undefined}
        >
          {badge.label}
        </Badge>
        <Stack gap={6} miw={0} style={{ flex: 1 }}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Text size="sm" id={messageId} style={{ flex: 1 }}>
              {message}
            </Text>
            {members ? (
              <Badge
                size="sm"
                variant="outline"
                color="gray"
                data-testid="finding-count"
                aria-label={`${String(members.length)} alike`}
                style={{ flexShrink: 0 }}
              >
                × {members.length}
              </Badge>
            ) : null}
          </Group>
          {members ? <FindingMembers members={members} describedBy={messageId} /> : null}
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {check ? `${check}${members ? '' : ' · '}` : ''}
              {/* A group's fields are in its list; the first alone would mislead. */}
              {members ? null : (
                <Text span inherit ff="monospace">
                  {path || '(the whole plan)'}
                </Text>
              )}
            </Text>
            <Group gap={6} wrap="nowrap" ml="auto">
              {alsoIn ? (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-describedby={messageId}
                  onClick={() => {
                    showSection(alsoIn.section);
                  }}
                >
                  {alsoIn.label}
                </Button>
              ) : null}
              <Button
                size="compact-sm"
                variant="light"
                aria-describedby={messageId}
                onClick={() => {
                  goToField({ section, path });
                }}
              >
                Go to {SECTION_INFO[section].label}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
