import { Button, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import { runConvertCommand } from '../../app/commands';
import { useDocumentStore } from '../../state/document-store';
import { useFocusTarget } from '../readiness/use-focus-target';
import { PlusIcon } from './icons';
import classes from './StreamDesignScreen.module.css';
import { useItemIndex } from './item-index';
import { RolesMatrix } from './RolesMatrix';
import { addStream, streamPath } from './stream-edits';
import { StreamsTable } from './StreamsTable';

/** The stream design: each stream's cadence, owners, approval and items, and a roles matrix. */
export function StreamDesignScreen() {
  const plan = useDocumentStore((s) => s.plan);
  const editPlan = useDocumentStore((s) => s.editPlan);
  const container = useRef<HTMLDivElement>(null);
  useFocusTarget('streams', container);
  const items = useItemIndex(plan?.packagedPlan ?? EMPTY_PACKAGED_PLAN);
  if (!plan) return null;

  const streams = plan.streamDesign?.streams ?? [];
  const carried = new Set(streams.flatMap((stream) => stream.sourceItemIds));
  const unmapped = items.items.filter((entry) => !carried.has(entry.item.id)).length;

  const onAdd = () => {
    let added = '';
    editPlan((draft) => {
      added = addStream(draft);
    });
    // The new stream's name field, ready to type into.
    const index = (useDocumentStore.getState().plan?.streamDesign?.streams ?? []).findIndex(
      (stream) => stream.id === added,
    );
    if (index >= 0) {
      requestAnimationFrame(() => {
        container.current
          ?.querySelector<HTMLElement>(`[data-path="${streamPath(index, 'name')}"]`)
          ?.focus();
      });
    }
  };

  return (
    <Stack gap="lg" ref={container} data-testid="stream-design">
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="md">
        <Stack gap={4} miw={0} style={{ flex: 1 }}>
          <Title order={1}>Stream design</Title>
          <Text c="dimmed" size="sm">
            Concurrent streams of small deliverables: how often each runs, which ITIL processes own
            it, who authorises its releases, and the packaged items it absorbed.
          </Text>
        </Stack>
        {plan.streamDesign ? (
          <Button
            variant="default"
            leftSection={<PlusIcon />}
            onClick={onAdd}
            data-path="streamDesign.streams"
            style={{ flexShrink: 0 }}
          >
            Add stream
          </Button>
        ) : null}
      </Group>

      {plan.streamDesign ? (
        <>
          <Text size="sm" data-testid="stream-summary">
            {streams.length} {streams.length === 1 ? 'stream' : 'streams'} ·{' '}
            {items.items.length - unmapped} of {items.items.length} items traced
            {unmapped > 0 ? ` · ${String(unmapped)} in no stream (see Conversion review)` : ''}
          </Text>
          {streams.length === 0 ? (
            <EmptyState
              className={classes.empty}
              title="No streams in the design"
              description="Add a stream by hand, or convert the packaged plan to let the rules propose them."
            >
              <EmptyState.Actions>
                <Button onClick={runConvertCommand}>Convert the packaged plan</Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : (
            <>
              <StreamsTable streams={streams} items={items} />
              <Stack gap="xs">
                <Title order={2} size="h3">
                  Roles matrix
                </Title>
                <Text size="sm" c="dimmed">
                  Which ITIL processes, functions and roles own each stream. Hover an abbreviation
                  for its full name.
                </Text>
                <RolesMatrix streams={streams} />
              </Stack>
            </>
          )}
        </>
      ) : (
        <EmptyState
          className={classes.empty}
          title="No stream design yet"
          description="Convert the packaged plan: the conversion rules turn every delivery's items into concurrent streams, each traced back to the items it absorbed. Or start from an empty design and add streams by hand."
          data-testid="streams-empty"
        >
          <EmptyState.Actions>
            <Group gap="sm" justify="center">
              <Button onClick={runConvertCommand}>Convert the packaged plan</Button>
              <Button variant="default" leftSection={<PlusIcon />} onClick={onAdd}>
                Add a stream by hand
              </Button>
            </Group>
          </EmptyState.Actions>
        </EmptyState>
      )}
    </Stack>
  );
}

const EMPTY_PACKAGED_PLAN = { deliveries: [] };
