import {
  Button,
  Group,
  MultiSelect,
  type ComboboxItem,
  type ComboboxItemGroup,
} from '@mantine/core';
import { useMemo } from 'react';
import type { StreamViewExpansion } from '../../../../core/diagrams/types';
import { expandableGroups, expandableStreams } from '../../../../core/diagrams/stream-groups';
import type { Plan } from '../../../../core/plan/schema';

/** One list holds both: a stream and a group could share an id, so values carry their kind. */
const GROUP = 'group:';
const STREAM = 'stream:';

function toValues(expansion: StreamViewExpansion): string[] {
  return [
    ...(expansion.streams ?? []).map((id) => `${STREAM}${id}`),
    ...(expansion.groups ?? []).map((id) => `${GROUP}${id}`),
  ];
}

function fromValues(values: readonly string[]): StreamViewExpansion {
  const of = (prefix: string) =>
    values.filter((value) => value.startsWith(prefix)).map((value) => value.slice(prefix.length));
  return { streams: of(STREAM), groups: of(GROUP) };
}

export const NO_EXPANSION: StreamViewExpansion = {};

/**
 * The grouped stream view reads at a glance; this opens chosen groups (the items of one kind
 * in one delivery) or every group feeding a chosen stream to their items, in the view and its
 * export, without changing the plan.
 */
export function StreamExpansion({
  plan,
  value,
  onChange,
}: {
  plan: Plan;
  value: StreamViewExpansion;
  onChange: (expansion: StreamViewExpansion) => void;
}) {
  const data = useMemo((): ComboboxItemGroup<ComboboxItem>[] => {
    const streams = expandableStreams(plan).map((stream) => ({
      value: `${STREAM}${stream.id}`,
      label: stream.label,
    }));
    const groups = expandableGroups(plan).map((group) => ({
      value: `${GROUP}${group.id}`,
      label: group.label,
    }));
    return [
      { group: 'Streams: every group feeding it', items: streams },
      { group: 'Groups of items', items: groups },
    ].filter((entry) => entry.items.length > 0);
  }, [plan]);
  // Only what the plan still has: a deleted stream or group drops out of the choice.
  const known = useMemo(
    () => new Set(data.flatMap((entry) => entry.items.map((item) => item.value))),
    [data],
  );
  const selected = toValues(value).filter((entry) => known.has(entry));

  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <MultiSelect
        label="Show the items of"
        description="Open a group, or every group a stream carries, to its items"
        placeholder={selected.length === 0 ? 'Pick a stream or a group' : undefined}
        data={data}
        value={selected}
        onChange={(values) => onChange(fromValues(values))}
        searchable
        nothingFoundMessage="No stream or group by that name"
        limit={200}
        // The dropdown scrolls itself (Mantine's inner scroll area hides its options from
        // assistive technology in some engines); a large plan's list stays bounded by `limit`.
        withScrollArea={false}
        styles={{ dropdown: { maxHeight: 320, overflowY: 'auto' } }}
        style={{ flex: 1 }}
      />
      <Button
        variant="default"
        disabled={selected.length === 0}
        onClick={() => onChange(NO_EXPANSION)}
      >
        Group again
      </Button>
    </Group>
  );
}
