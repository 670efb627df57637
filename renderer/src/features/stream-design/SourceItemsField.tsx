import {
  Badge,
  Button,
  CloseButton,
  Divider,
  Group,
  Popover,
  ScrollArea,
  TextInput,
  Stack,
  Text,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { ITEM_KIND_LABELS } from '../../../../core/plan/item-kinds';
import type { Stream } from '../../../../core/plan/schema';
import { itemTitle, type IndexedItem, type ItemIndex } from './item-index';
import { useProblemsUnder } from '../../ui/field-problems';

/** Enough to pick from without a scroll box; the search narrows the rest. */
const SHOWN_MATCHES = 5;

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
  const count = carried.length;
  // A trace to a removed item, or an item listed twice: the validator's words, under the count.
  const problem = useProblemsUnder(`${path}.sourceItemIds`);
  const [search, setSearch] = useState('');

  const addable = useMemo(() => {
    const inStream = new Set(carried);
    return items.items.filter((entry) => !inStream.has(entry.item.id));
  }, [carried, items]);
  const matches = useMemo(() => {
    const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return addable;
    // Each typed word starts a word of the item's title, id, kind or delivery.
    return addable.filter((entry) => {
      const text = `${entry.item.title} ${entry.item.id} ${ITEM_KIND_LABELS[entry.item.kind]} ${entry.deliveryName}`;
      const starts = text.toLowerCase().split(/[\s\-_.,:;/()]+/);
      return words.every((word) => starts.some((start) => start.startsWith(word)));
    });
  }, [addable, search]);
  const shown = matches.slice(0, SHOWN_MATCHES);

  return (
    <Stack gap={2}>
      <Popover width={360} position="bottom-start" shadow="md" trapFocus withArrow>
        <Popover.Target>
          <Button
            size="compact-sm"
            // Outlined: a filled shade of red made the count red on red, unreadable.
            variant={problem ? 'outline' : 'default'}
            color={problem ? 'red.9' : undefined}
            aria-describedby={problem ? `${path}-items-problem` : undefined}
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
              <ScrollArea.Autosize mah={220} type="auto" offsetScrollbars>
                <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                  {carried.map((itemId) => (
                    <CarriedItem
                      key={itemId}
                      itemId={itemId}
                      entry={items.byId.get(itemId)}
                      owner={owner}
                      onRemove={onRemove}
                    />
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            )}
            <Divider />
            <TextInput
              size="xs"
              label="Add an item"
              placeholder="Search by title, kind or delivery"
              disabled={addable.length === 0}
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
              }}
            />
            {shown.length > 0 ? (
              <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {shown.map((entry) => (
                  <AddableItem key={entry.item.id} entry={entry} owner={owner} onAdd={onAdd} />
                ))}
              </Stack>
            ) : null}
            {addable.length === 0 || matches.length > shown.length || matches.length === 0 ? (
              <Text size="xs" c="dimmed">
                {addable.length === 0
                  ? 'Every item of the packaged plan is already here.'
                  : matches.length === 0
                    ? 'No other item matches.'
                    : `${String(matches.length - shown.length)} more: narrow the search.`}
              </Text>
            ) : null}
          </Stack>
        </Popover.Dropdown>
      </Popover>
      {problem ? (
        <Text size="xs" c="red.9" id={`${path}-items-problem`}>
          {problem}
        </Text>
      ) : null}
    </Stack>
  );
}

/** An item the stream carries, with its kind and delivery (or "stale"), and a take-out button. */
function CarriedItem({
  itemId,
  entry,
  owner,
  onRemove,
}: {
  itemId: string;
  entry: IndexedItem | undefined;
  owner: string;
  onRemove: (itemId: string) => void;
}) {
  const title = entry ? itemTitle(entry.item) : itemId;
  return (
    <Group component="li" gap="xs" wrap="nowrap" justify="space-between" data-testid="source-item">
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
}

/** A search match the stream does not carry yet, with its Add button. */
function AddableItem({
  entry,
  owner,
  onAdd,
}: {
  entry: IndexedItem;
  owner: string;
  onAdd: (itemId: string) => void;
}) {
  const title = itemTitle(entry.item);
  return (
    <Group component="li" gap="xs" wrap="nowrap" justify="space-between" data-testid="addable-item">
      <Stack gap={0} miw={0}>
        <Text size="sm" truncate>
          {title}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {ITEM_KIND_LABELS[entry.item.kind]} · {entry.deliveryName}
        </Text>
      </Stack>
      <Button
        size="compact-xs"
        variant="light"
        aria-label={`Add "${title}" to ${owner}`}
        onClick={() => {
          onAdd(entry.item.id);
        }}
      >
        Add
      </Button>
    </Group>
  );
}
