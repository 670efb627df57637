import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { format } from 'date-fns';
import { useMemo } from 'react';
import { convertToStreams } from '../../../../core/conversion/convert';
import type { Plan, Stream } from '../../../../core/plan/schema';
import { runConvertCommand } from '../../ui/convert-command';
import { useConversionStore } from '../../state/conversion';
import { useDocumentStore } from '../../state/document-store';
import { FormSection } from '../../ui/FormSection';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { ChangeSummary } from './ChangeSummary';
import { MetricsComparison } from './MetricsComparison';
import { TraceabilityMatrix } from './TraceabilityMatrix';
import { traceRows, unmappedReason, type ItemRow } from './trace-rows';
import { UnmappedItems, type UnmappedEntry } from './UnmappedItems';
import { planTitle } from '../../../../core/plan/untitled';

/** The design being reviewed: the plan's own, or (before any conversion) the rules' proposal. */
function useReviewedDesign(plan: Plan | null): { streams: readonly Stream[]; proposed: boolean } {
  return useMemo(() => {
    if (!plan) return { streams: [], proposed: false };
    if (plan.streamDesign) return { streams: plan.streamDesign.streams, proposed: false };
    return { streams: convertToStreams(plan).plan.streamDesign?.streams ?? [], proposed: true };
  }, [plan]);
}

/**
 * Convert and review: which stream absorbed each packaged item, the items no stream carries
 * (assign them here), what the last re-conversion changed, and the figures before and after.
 */
export function ConversionReviewScreen() {
  const plan = useDocumentStore((s) => s.plan);
  const last = useConversionStore((s) => s.last);
  const { streams, proposed } = useReviewedDesign(plan);

  const unmapped = useMemo((): UnmappedEntry[] => {
    if (!plan) return [];
    const reasons = new Map((last?.result.unmapped ?? []).map((u) => [u.itemId, u.reason]));
    return traceRows(plan, streams)
      .filter((row): row is ItemRow => row.type === 'item' && row.streamIds.length === 0)
      .map((row) => ({ row, reason: unmappedReason(plan, row.item, reasons) }));
  }, [plan, streams, last]);

  const newItems = useMemo(
    () =>
      new Set(
        last?.reconverted ? last.result.changes.itemsAdded.flatMap((change) => change.itemIds) : [],
      ),
    [last],
  );

  if (!plan) return null;
  const itemCount = plan.packagedPlan.deliveries.reduce((n, d) => n + d.items.length, 0);

  return (
    <Stack gap="lg" data-testid="conversion-review">
      <ScreenHeader
        section="Conversion review"
        title={planTitle(plan.title)}
        actions={
          <Button size="xs" onClick={runConvertCommand} variant={proposed ? 'filled' : 'default'}>
            {proposed ? 'Convert' : 'Convert again'}
          </Button>
        }
      >
        <Group gap="lg" mt={6} data-testid="review-summary">
          <Figure value={streams.length} label={streams.length === 1 ? 'stream' : 'streams'} />
          <Figure value={itemCount} label={itemCount === 1 ? 'packaged item' : 'packaged items'} />
          <Figure
            value={unmapped.length}
            label="in no stream"
            testId="unmapped-count"
            tone={unmapped.length > 0 ? 'warn' : 'ok'}
          />
        </Group>
      </ScreenHeader>

      {proposed ? (
        <Alert color="blue" title="Not converted yet" data-testid="review-proposed">
          This is what the conversion rules propose for the packaged plan; nothing is in the plan
          until you convert. Convert to make it the stream design, then edit it freely.
        </Alert>
      ) : last ? (
        <Text size="sm" c="dimmed" data-testid="review-last-conversion">
          {last.reconverted ? 'Re-converted' : 'Converted'} at {format(last.at, 'HH:mm')}. Undo
          takes the conversion back.
        </Text>
      ) : (
        <Text size="sm" c="dimmed" data-testid="review-current-design">
          The plan&apos;s current stream design. Convert again after changing the packaged plan:
          your edits to streams are kept and new items join their streams.
        </Text>
      )}

      {unmapped.length > 0 ? (
        <FormSection
          title={`Items in no stream (${String(unmapped.length)})`}
          description={
            proposed
              ? 'The rules leave these items out; after converting, assign each to a stream.'
              : 'Assign each to the stream that should deliver it.'
          }
        >
          <UnmappedItems entries={unmapped} streams={proposed ? [] : streams} />
        </FormSection>
      ) : null}

      {last?.reconverted && !proposed ? (
        <FormSection
          title="What the re-conversion changed"
          description="Your hand edits are kept; new items joined their streams and removed items left."
        >
          <ChangeSummary changes={last.result.changes} plan={plan} before={last.before} />
        </FormSection>
      ) : null}

      <FormSection
        title="Traceability"
        description="Rows are packaged items by delivery, columns are streams; a check mark shows which stream absorbed the item."
      >
        {streams.length === 0 ? (
          <Text size="sm" c="dimmed">
            The design has no streams, so no item is traced yet.
          </Text>
        ) : (
          <TraceabilityMatrix plan={plan} streams={streams} highlight={newItems} />
        )}
      </FormSection>

      <FormSection
        title="Before and after"
        description={
          proposed
            ? 'The packaged plan against the proposed streams.'
            : 'The packaged plan against the stream design, over the same horizon.'
        }
      >
        <MetricsComparison plan={plan} streams={streams} />
      </FormSection>
    </Stack>
  );
}

function Figure({
  value,
  label,
  testId,
  tone,
}: {
  value: number;
  label: string;
  testId?: string;
  tone?: 'ok' | 'warn';
}) {
  return (
    <Group gap={6} align="baseline" wrap="nowrap" data-testid={testId}>
      <Text fz={24} fw={700} lh={1} c={tone === 'warn' ? 'orange.9' : undefined}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}
