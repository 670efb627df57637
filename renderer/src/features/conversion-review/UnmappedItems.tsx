import { Select, Table, Text } from '@mantine/core';
import { ITEM_KIND_LABELS } from '../../../../core/plan/item-kinds';
import type { Stream } from '../../../../core/plan/schema';
import { useDocumentStore } from '../../state/document-store';
import { addSourceItem } from '../../state/stream-edits';
import type { ItemRow } from './trace-rows';
import { titleOr } from '../../../../core/plan/untitled';

export interface UnmappedEntry {
  row: ItemRow;
  reason: string;
}

/** Items no stream carries, each with why, and a stream to put it in with one choice. */
export function UnmappedItems({
  entries,
  streams,
}: {
  entries: readonly UnmappedEntry[];
  streams: readonly Stream[];
}) {
  const editPlan = useDocumentStore((s) => s.editPlan);
  const options = streams.map((stream, index) => ({
    value: stream.id,
    label: stream.name.trim() === '' ? `Stream ${String(index + 1)}` : stream.name,
  }));
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table
        verticalSpacing={6}
        aria-label="Items in no stream"
        data-testid="unmapped-table"
        styles={{ td: { verticalAlign: 'top' }, th: { verticalAlign: 'top' } }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="28%">
              Item
            </Table.Th>
            <Table.Th scope="col">Why it is in no stream</Table.Th>
            <Table.Th scope="col" w={240}>
              Assign to
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map(({ row, reason }) => {
            const title = titleOr(row.item.title, row.item.id);
            return (
              <Table.Tr key={`${row.deliveryId}:${row.item.id}`} data-testid="unmapped-row">
                <Table.Th scope="row" fw={500}>
                  <Text size="sm" fw={600}>
                    {title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {ITEM_KIND_LABELS[row.item.kind]} · {row.deliveryName}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{capitalise(reason)}.</Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`Assign "${title}" to a stream`}
                    placeholder={options.length === 0 ? 'No stream yet' : 'Choose a stream'}
                    disabled={options.length === 0}
                    data={options}
                    value={null}
                    onChange={(streamId) => {
                      if (streamId === null) return;
                      editPlan(
                        (draft) => {
                          addSourceItem(draft, streamId, row.item.id);
                        },
                        { label: 'Assign item to stream' },
                      );
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
