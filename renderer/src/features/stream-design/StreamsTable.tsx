import { Table } from '@mantine/core';
import type { Stream } from '../../../../core/plan/schema';
import type { ItemIndex } from './item-index';
import { StreamRow } from './StreamRow';

/** One row per stream, every field edited in place. */
export function StreamsTable({ streams, items }: { streams: readonly Stream[]; items: ItemIndex }) {
  return (
    <Table.ScrollContainer minWidth={500} type="native">
      <Table
        verticalSpacing="md"
        horizontalSpacing="sm"
        aria-label="Streams"
        styles={{ td: { verticalAlign: 'top' } }}
        layout="fixed"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="36%">Stream and its items</Table.Th>
            <Table.Th w="31%">Cadence and approval</Table.Th>
            <Table.Th>Owned by</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {streams.map((stream, index) => (
            <StreamRow key={stream.id} stream={stream} index={index} items={items} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
