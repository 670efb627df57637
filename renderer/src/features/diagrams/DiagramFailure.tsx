import { Alert, Code, ScrollArea, Stack, Text } from '@mantine/core';

/** A diagram that could not be drawn: the reason in a sentence, and its source to copy. */
export function DiagramFailure({ message, source }: { message: string; source: string }) {
  return (
    <Stack gap="xs" data-testid="diagram-failure">
      <Alert color="red" variant="light" title="This diagram could not be drawn">
        <Text size="sm">{message}</Text>
      </Alert>
      <Text size="sm" c="dimmed">
        Mermaid source:
      </Text>
      <ScrollArea.Autosize mah={320} type="auto">
        <Code block data-testid="diagram-source">
          {source}
        </Code>
      </ScrollArea.Autosize>
    </Stack>
  );
}
