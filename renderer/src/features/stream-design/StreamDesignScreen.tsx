import { Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { runConvertCommand } from '../../ui/convert-command';
import { useDocumentStore } from '../../state/document-store';
import { useFocusTarget } from '../../ui/focus/use-focus-target';
import { FormSection } from '../../ui/FormSection';
import { PlusIcon } from '../../ui/icons';
import { ScreenHeader } from '../../ui/ScreenHeader';
import classes from './StreamDesignScreen.module.css';
import { useItemIndex } from './item-index';
import { RolesMatrix } from './RolesMatrix';
import { addStream, streamPath } from '../../state/stream-edits';
import { StreamsTable } from './StreamsTable';
import { planTitle } from '../../../../core/plan/untitled';

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
    editPlan(
      (draft) => {
        added = addStream(draft);
      },
      { label: 'Add stream' },
    );
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

  const summary = plan.streamDesign
    ? `${String(streams.length)} ${streams.length === 1 ? 'stream' : 'streams'} · ${String(
        items.items.length - unmapped,
      )} of ${String(items.items.length)} items traced` +
      (unmapped > 0 ? ` · ${String(unmapped)} in no stream (see Conversion review)` : '')
    : 'Not converted yet';

  return (
    <Stack gap="lg" ref={container} data-testid="stream-design">
      <ScreenHeader
        section="Stream design"
        title={planTitle(plan.title)}
        actions={
          plan.streamDesign ? (
            <Button
              size="xs"
              leftSection={<PlusIcon />}
              onClick={onAdd}
              data-path="streamDesign.streams"
            >
              Add stream
            </Button>
          ) : null
        }
      >
        <Text size="sm" c="dimmed" data-testid="stream-summary">
          {summary}
        </Text>
      </ScreenHeader>

      {plan.streamDesign && streams.length > 0 ? (
        <>
          <FormSection
            title="Streams"
            description="Concurrent streams of small deliverables: how often each runs, who authorises its releases, which ITIL processes own it, and the packaged items it absorbed."
          >
            <StreamsTable streams={streams} items={items} />
          </FormSection>
          <FormSection
            title="Roles matrix"
            description="Which ITIL processes, functions and roles own each stream. Hover or tab to an abbreviation for its full name."
          >
            <RolesMatrix streams={streams} />
          </FormSection>
        </>
      ) : plan.streamDesign ? (
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
