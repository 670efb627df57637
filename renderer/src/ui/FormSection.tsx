import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

export interface FormSectionProps {
  title: string;
  /** One or two sentences: what this part of the plan is for. */
  description?: ReactNode;
  /** Controls on the right of the heading. */
  actions?: ReactNode;
  children: ReactNode;
  'data-path'?: string;
}

/** A titled card of related fields, announced as a region named by its heading. */
export function FormSection({ title, description, actions, children, ...rest }: FormSectionProps) {
  const headingId = useId();
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby={headingId}
      data-path={rest['data-path']}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <Stack gap={4} miw={0}>
            <Title order={2} size="h4" id={headingId}>
              {title}
            </Title>
            {description ? (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            ) : null}
          </Stack>
          {actions ? <div style={{ flexShrink: 0 }}>{actions}</div> : null}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
