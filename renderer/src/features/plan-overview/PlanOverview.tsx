import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { PlanDocument } from '../../../../core/ipc/contract';
import { countItems } from '../../../../core/plan/item-kinds';
import { DeliveryCard } from './DeliveryCard';

const APPROACH_LABELS = {
  packaged: 'Packaged releases',
  streams: 'DevOps streams',
  hybrid: 'Hybrid',
} as const;

/** Read-only view of a plan: what it is for, its deliveries and their items. */
export function PlanOverview({ document }: { document: PlanDocument }) {
  const { plan } = document;
  const deliveries = plan.packagedPlan.deliveries;
  const itemCount = countItems(deliveries);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{plan.title}</Title>
        <Group gap="xs">
          <Text c="dimmed">
            {plan.service.name || 'No service named yet'}
            {plan.service.owner ? ` · owned by ${plan.service.owner}` : ''}
          </Text>
          <Badge variant="dot">{APPROACH_LABELS[plan.strategy.approach]}</Badge>
        </Group>
        <Text size="sm" data-testid="plan-summary">
          {deliveries.length} {deliveries.length === 1 ? 'delivery' : 'deliveries'} · {itemCount}{' '}
          {itemCount === 1 ? 'item' : 'items'}
        </Text>
        {plan.strategy.need ? <Text>{plan.strategy.need}</Text> : null}
      </Stack>
      {deliveries.length === 0 ? (
        <Text c="dimmed">
          This plan has no deliveries yet. Open the example plan from the File menu to see one.
        </Text>
      ) : (
        deliveries.map((delivery) => <DeliveryCard key={delivery.id} delivery={delivery} />)
      )}
    </Stack>
  );
}
