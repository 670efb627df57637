import {
  Badge,
  Button,
  CloseButton,
  Divider,
  Group,
  Popover,
  ScrollArea,
  Select,
  Stack,
  Text,
  type ComboboxItem,
  type ComboboxItemGroup,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { ITEM_KIND_LABELS } from '../../../../core/plan/item-kinds';
import type { Stream } from '../../../../core/plan/schema';
import { itemTitle, type ItemIndex } from './item-index';

export interface SourceItemsFieldProps {
  stream: Stream;
  path: string;
  owner: string;
  items: ItemIndex;
  onAdd: (itemId: string) => void;
  onRemove: (itemId: string) => void;
}

/**
 * The packaged items a stream absorbed: a count that opens the list, where items can be taken
 * out and others added. An id that names no item any more is listed too, so it can be removed.
 */
export function SourceItemsField({
  stream,
  path,
  owner,
  items,
  onAdd,
  onRemove,
}: SourceItemsFieldProps) {
  const carried = stream.sourceItemIds;
  const stale = carried.filter((id) => !items.byId.has(id));
  const count = carried.length;
  const [search, setSearch] = useState('');

  const addable = useMemo((): ComboboxItemGroup<ComboboxItem>[] => {
    const inStream = new Set(carried);
    const groups = new Map<string, ComboboxItemGroup<ComboboxItem>>();
    for (const entry of items.items) {
      if (inStream.has(entry.item.id)) continue;
      const group = groups.get(entry.deliveryId) ?? { group: entry.deliveryName, items: [] };
      group.items.push({ value: entry.item.id, label: itemTitle(entry.item) });
      groups.set(entry.deliveryId, group);
    }
    return [...groups.values()];
  }, [carried, items]);

  return (
    <Popover width={360} position="bottom-end" shadow="md" trapFocus withArrow>
      <Popover.Target>
        <Button
          size="compact-sm"
          variant="default"
          color={stale.length > 0 ? 'red' : undefined}
          data-path={`${path}.sourceItemIds`}
          aria-label={`${String(count)} ${count === 1 ? 'item' : 'items'} in ${owner}: show or change`}
          rightSection={<span aria-hidden>▾</span>}
        >
          {count} {count === 1 ? 'item' : 'items'}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            Items {owner} carries
          </Text>
          {count === 0 ? (
            <Text size="sm" c="dimmed">
              No item yet: add the packaged items this stream delivers.
            </Text>
          ) : (
            <ScrollArea.Autosize mah={260} type="auto" offsetScrollbars>
              <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {carried.map((itemId) => {
                  const entry = items.byId.get(itemId);
                  const title = entry ? itemTitle(entry.item) : itemId;
                  return (
                    <Group
                      key={itemId}
                      component="li"
                      gap="xs"
                      wrap="nowrap"
                      justify="space-between"
                      data-testid="source-item"
                    >
                      <Stack gap={0} miw={0}>
                        <Text size="sm" truncate>
                          {title}
                        </Text>
                        <Text size="xs" c="dimmed" truncate>
                          {entry
                            ? `${ITEM_KIND_LABELS[entry.item.kind]} · ${entry.deliveryName}`
                            : 'No longer in the packaged plan'}
                        </Text>
                      </Stack>
                      <Group gap={4} wrap="nowrap">
                        {entry ? null : (
                          <Badge color="red" variant="light" size="xs">
                            stale
                          </Badge>
                        )}
                        <CloseButton
                          size="sm"
                          aria-label={`Take "${title}" out of ${owner}`}
                          onClick={() => {
                            onRemove(itemId);
                          }}
                        />
                      </Group>
                    </Group>
                  );
                })}
              </Stack>
            </ScrollArea.Autosize>
          )}
          <Divider />
          <Select
            size="xs"
            label="Add an item"
            placeholder={addable.length === 0 ? 'Every item is already here' : 'Search items'}
            disabled={addable.length === 0}
            data={addable}
            value={null}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            nothingFoundMessage="No item by that title"
            comboboxProps={{ withinPortal: false }}
            onChange={(itemId) => {
              setSearch('');
              if (itemId !== null) onAdd(itemId);
            }}
          />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
