import { Badge, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ConversionChanges, StreamItemChange } from '../../../../core/conversion/convert';
import type { Plan } from '../../../../core/plan/schema';
import { titleOr } from '../../../../core/plan/untitled';

function namesOf(plans: readonly Plan[]) {
  const streams = new Map<string, string>();
  const items = new Map<string, string>();
  for (const plan of plans) {
    for (const stream of plan.streamDesign?.streams ?? []) {
      if (!streams.has(stream.id)) streams.set(stream.id, stream.name.trim() || stream.id);
    }
    for (const delivery of plan.packagedPlan.deliveries) {
      for (const item of delivery.items) {
        if (!items.has(item.id)) items.set(item.id, titleOr(item.title, item.id));
      }
    }
  }
  return {
    stream: (id: string) => streams.get(id) ?? id,
    item: (id: string) => items.get(id) ?? id,
  };
}

/**
 * What a re-conversion did: streams added, kept and removed; items that joined or left each
 * stream; and the hand edits that now differ from a changed rule (conflicts).
 */
export function ChangeSummary({
  changes,
  plan,
  before,
}: {
  changes: ConversionChanges;
  plan: Plan;
  before: Plan;
}) {
  const names = namesOf([plan, before]);
  const itemLists = (list: readonly StreamItemChange[], testId: string) =>
    list.length === 0 ? (
      <Text size="sm" c="dimmed">
        None
      </Text>
    ) : (
      <List size="sm" spacing={4} data-testid={testId}>
        {list.map((change) => (
          <List.Item key={change.streamId}>
            <Text span size="sm" fw={600}>
              {names.stream(change.streamId)}
            </Text>
            : {change.itemIds.map(names.item).join(', ')}
          </List.Item>
        ))}
      </List>
    );

  return (
    <Stack gap="sm" data-testid="change-summary">
      <Group gap="xs">
        <Badge color="teal" variant="dot">
          {changes.streamsAdded.length} added
        </Badge>
        <Badge color="gray" variant="dot">
          {changes.streamsKept.length} kept
        </Badge>
        <Badge color="red" variant="dot">
          {changes.streamsRemoved.length} removed
        </Badge>
        <Badge color={changes.conflicts.length > 0 ? 'orange' : 'gray'} variant="dot">
          {changes.conflicts.length} {changes.conflicts.length === 1 ? 'conflict' : 'conflicts'}
        </Badge>
      </Group>
      {changes.streamsAdded.length + changes.streamsRemoved.length > 0 ? (
        <Text size="sm">
          {changes.streamsAdded.length > 0
            ? `Added: ${changes.streamsAdded.map(names.stream).join(', ')}. `
            : ''}
          {changes.streamsRemoved.length > 0
            ? `Removed (nothing left to carry): ${changes.streamsRemoved.map(names.stream).join(', ')}.`
            : ''}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap={4}>
          <Title order={3} size="h5">
            Items added to streams
          </Title>
          {itemLists(changes.itemsAdded, 'items-added')}
        </Stack>
        <Stack gap={4}>
          <Title order={3} size="h5">
            Items removed from streams
          </Title>
          {itemLists(changes.itemsRemoved, 'items-removed')}
        </Stack>
      </SimpleGrid>
      {changes.conflicts.length > 0 ? (
        <Stack gap={4}>
          <Title order={3} size="h5">
            Conflicts: your edits were kept
          </Title>
          <List size="sm" spacing={4} data-testid="conflicts">
            {changes.conflicts.map((conflict) => (
              <List.Item key={`${conflict.streamId}:${conflict.field}`}>
                {conflict.message}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
    </Stack>
  );
}
