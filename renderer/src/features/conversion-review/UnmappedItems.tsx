import { Button, Checkbox, Group, Select, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
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

/**
 * Items no stream carries, each with why. One choice puts an item in a stream; in a large plan
 * the user ticks several (or all) and assigns them to one stream in a single undoable step.
 */
export function UnmappedItems({
  entries,
  streams,
}: {
  entries: readonly UnmappedEntry[];
  streams: readonly Stream[];
}) {
  const editPlan = useDocumentStore((s) => s.editPlan);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState<string | null>(null);
  const options = streams.map((stream, index) => ({
    value: stream.id,
    label: stream.name.trim() === '' ? `Stream ${String(index + 1)}` : stream.name,
  }));
  // Ticks of items that have since been assigned (or removed) no longer count.
  const selected = useMemo(
    () => entries.filter((entry) => picked.has(entry.row.item.id)).map((e) => e.row.item.id),
    [entries, picked],
  );
  const noStream = options.length === 0;
  const assign = (streamId: string, itemIds: readonly string[]) => {
    editPlan(
      (draft) => {
        for (const itemId of itemIds) addSourceItem(draft, streamId, itemId);
      },
      { label: itemIds.length === 1 ? 'Assign item to stream' : 'Assign items to stream' },
    );
  };
  const toggle = (itemId: string, on: boolean) => {
    setPicked((before) => toggled(before, itemId, on));
  };
  const all = selected.length === entries.length && entries.length > 0;
  const targetName = options.find((option) => option.value === target)?.label;

  return (
    <>
      <Group gap="sm" align="flex-end" mb="sm" data-testid="unmapped-bulk">
        <Select
          size="sm"
          label="Assign the ticked items to"
          placeholder={noStream ? 'No stream yet' : 'Choose a stream'}
          disabled={noStream}
          data={options}
          value={target}
          onChange={setTarget}
          style={{ flex: '1 1 240px', maxWidth: 360 }}
        />
        <Button
          disabled={noStream || target === null || selected.length === 0}
          onClick={() => {
            if (target === null) return;
            assign(target, selected);
            setPicked(new Set());
          }}
        >
          {selected.length === 0
            ? 'Tick items to assign'
            : `Assign ${String(selected.length)} ${selected.length === 1 ? 'item' : 'items'}${
                targetName ? ` to “${targetName}”` : ''
              }`}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={480} type="native">
        <Table
          verticalSpacing={6}
          aria-label="Items in no stream"
          data-testid="unmapped-table"
          layout="fixed"
          styles={{ td: { verticalAlign: 'top' }, th: { verticalAlign: 'top' } }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={40}>
                <Checkbox
                  aria-label="Tick every item in no stream"
                  checked={all}
                  indeterminate={selected.length > 0 && !all}
                  disabled={noStream}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    setPicked(new Set(on ? entries.map((entry) => entry.row.item.id) : []));
                  }}
                />
              </Table.Th>
              <Table.Th scope="col" w="38%">
                Item
              </Table.Th>
              <Table.Th scope="col">Why it is in no stream</Table.Th>
              <Table.Th scope="col" w={200}>
                Assign to
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map(({ row, reason }) => {
              const title = titleOr(row.item.title, row.item.id);
              return (
                <UnmappedRow
                  key={`${row.deliveryId}:${row.item.id}`}
                  row={row}
                  reason={reason}
                  title={title}
                  picked={picked.has(row.item.id)}
                  options={options}
                  onPick={(on) => {
                    toggle(row.item.id, on);
                  }}
                  onAssign={(streamId) => {
                    assign(streamId, [row.item.id]);
                  }}
                />
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

function UnmappedRow({
  row,
  reason,
  title,
  picked,
  options,
  onPick,
  onAssign,
}: {
  row: ItemRow;
  reason: string;
  title: string;
  picked: boolean;
  options: readonly { value: string; label: string }[];
  onPick: (on: boolean) => void;
  onAssign: (streamId: string) => void;
}) {
  return (
    <Table.Tr data-testid="unmapped-row">
      <Table.Td>
        <Checkbox
          aria-label={`Tick “${title}”`}
          checked={picked}
          disabled={options.length === 0}
          onChange={(event) => {
            onPick(event.currentTarget.checked);
          }}
        />
      </Table.Td>
      <Table.Th scope="row" fw={500}>
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Text>
        <Text size="xs" c="dimmed">
          {ITEM_KIND_LABELS[row.item.kind]} · {row.deliveryName}
        </Text>
      </Table.Th>
      <Table.Td>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {capitalise(reason)}.
        </Text>
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          aria-label={`Assign "${title}" to a stream`}
          placeholder={options.length === 0 ? 'No stream yet' : 'Choose a stream'}
          disabled={options.length === 0}
          data={[...options]}
          value={null}
          onChange={(streamId) => {
            if (streamId !== null) onAssign(streamId);
          }}
        />
      </Table.Td>
    </Table.Tr>
  );
}

function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
