import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { FindingMember } from '../../../../core/readiness';
import { useUiStore } from '../../state/ui-store';
import { sectionForPath } from '../../ui/focus/section-for-path';

/** Enough to see what the group is about; the rest waits behind one button. */
const SHOWN_FIRST = 10;

/**
 * The things one grouped finding holds for, each with its way to the field: a finding about
 * 1,000 items stays one card, and the user still reaches every item.
 */
export function FindingMembers({
  members,
  describedBy,
}: {
  members: readonly FindingMember[];
  describedBy: string;
}) {
  const goToField = useUiStore((s) => s.goToField);
  const [all, setAll] = useState(false);
  const shown = all ? members : members.slice(0, SHOWN_FIRST);
  return (
    <Stack gap={4}>
      <Stack
        gap={2}
        component="ul"
        m={0}
        pl="md"
        data-testid="finding-members"
        aria-label="Where it applies"
      >
        {shown.map((member) => (
          <Group key={member.path} component="li" gap="xs" wrap="nowrap" justify="space-between">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {member.subject}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={`Go to ${member.subject}`}
              aria-describedby={describedBy}
              style={{ flexShrink: 0 }}
              onClick={() => {
                goToField({ section: sectionForPath(member.path), path: member.path });
              }}
            >
              Go to
            </Button>
          </Group>
        ))}
      </Stack>
      {members.length > shown.length ? (
        <Button
          size="compact-sm"
          variant="subtle"
          w="fit-content"
          onClick={() => {
            setAll(true);
          }}
        >
          Show all {members.length}
        </Button>
      ) : null}
    </Stack>
  );
}
