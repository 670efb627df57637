import { Badge, Card, Group, Table, Text, Title } from '@mantine/core';
import { format, parseISO } from 'date-fns';
import { ITEM_KIND_LABELS, describeItemDetail } from '../../../../core/plan/item-kinds';
import type { Delivery } from '../../../../core/plan/schema';

export function DeliveryCard({ delivery }: { delivery: Delivery }) {
  const headingId = `delivery-${delivery.id}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={3} id={headingId}>
          {delivery.name}
        </Title>
        <Group gap="xs">
          <Badge variant="light">{format(parseISO(delivery.date), 'd MMM yyyy')}</Badge>
          <Badge variant="outline" color="gray">
            {delivery.items.length} items
          </Badge>
        </Group>
      </Group>
      <Table striped highlightOnHover aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Item</Table.Th>
            <Table.Th>Detail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {delivery.items.map((item) => (
            <Table.Tr key={item.id} data-testid="plan-item">
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {ITEM_KIND_LABELS[item.kind]}
                </Text>
              </Table.Td>
              <Table.Td>{item.title}</Table.Td>
              <Table.Td>{describeItemDetail(item)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
