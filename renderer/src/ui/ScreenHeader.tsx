import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ScreenHeaderProps {
  /** The section, above the title in small capitals: "Packaged plan". */
  section: string;
  title: string;
  /** A line under the title: counts, a summary. */
  children?: ReactNode;
  /** Buttons on the right. */
  actions?: ReactNode;
}

/** The top of an editor screen: which section, the plan's title, and the section's actions. */
export function ScreenHeader({ section, title, children, actions }: ScreenHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
      <Stack gap={2} miw={0} style={{ flex: '1 1 16rem' }}>
        <Text size="xs" fw={700} tt="uppercase" c="dimmed" style={{ letterSpacing: '0.06em' }}>
          {section}
        </Text>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        {children}
      </Stack>
      {actions ? (
        <Group gap="xs" wrap="wrap">
          {actions}
        </Group>
      ) : null}
    </Group>
  );
}
