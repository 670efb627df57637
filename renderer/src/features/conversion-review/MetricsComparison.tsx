import { Alert, List, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { computePlanMetrics } from '../../../../core/metrics';
import { metricsHorizonLine, metricsNotes, metricsRows } from '../../../../core/metrics/report';
import type { Plan, Stream } from '../../../../core/plan/schema';

/**
 * The packaged plan and the stream design side by side over one horizon: the core's figures
 * (docs/metrics.md), rows as the CLI report prints them.
 */
export function MetricsComparison({ plan, streams }: { plan: Plan; streams: readonly Stream[] }) {
  const result = useMemo(() => computePlanMetrics(plan, streams), [plan, streams]);
  if (!result.ok) {
    return (
      <Alert color="gray" title="No figures to compare yet">
        {result.reason}
      </Alert>
    );
  }
  const { metrics } = result;
  const rows = metricsRows(metrics);
  const notes = metricsNotes(metrics);
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" data-testid="metrics-horizon">
        {metricsHorizonLine(metrics)}
      </Text>
      <Table.ScrollContainer minWidth={560} type="native">
        <Table
          striped
          withTableBorder
          verticalSpacing={6}
          aria-label="Metrics: packaged plan before, stream design after"
          data-testid="metrics-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="40%">
                Figure
              </Table.Th>
              <Table.Th scope="col">Packaged (before)</Table.Th>
              <Table.Th scope="col">Streams (after)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([figure, packaged, after]) => (
              <Table.Tr key={figure}>
                <Table.Th scope="row" fw={500}>
                  {figure}
                </Table.Th>
                <Table.Td>{packaged}</Table.Td>
                <Table.Td fw={600}>{after}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {notes.length > 0 ? (
        <List size="xs" c="dimmed" spacing={2}>
          {notes.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
