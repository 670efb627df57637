import { Text } from '@mantine/core';

/** Being built: see the editor issue. */
export function ReadinessScreen() {
  return <Text c="dimmed">This section is being built.</Text>;
}
