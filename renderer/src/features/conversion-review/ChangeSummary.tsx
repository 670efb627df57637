import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ConversionChanges } from '../../../../core/conversion/convert';
import { describeCadence } from '../../../../core/plan/cadence-labels';
import type { Plan, Stream } from '../../../../core/plan/schema';
import { approvalLine } from '../../../../core/diagrams/labels';
import { changeNames, type ChangeNames } from './change-names';

type Outcome = 'added' | 'edited' | 'converted' | 'by hand' | 'removed';

const OUTCOME_COLOR: Readonly<Record<Outcome, string>> = {
  added: 'teal',
  edited: 'grape',
  converted: 'indigo',
  'by hand': 'grape',
  removed: 'red',
};

const OUTCOME_HELP: Readonly<Record<Outcome, string>> = {
  added: 'New: a rule now takes items no stream carried',
  edited: 'Edited by hand: your edits were kept',
  converted: 'As the conversion rules make it',
  'by hand': 'Added by hand: kept as it is',
  removed: 'Removed: no item left to carry',
};

interface StreamChange {
  streamId: string;
  outcome: Outcome;
  /** The hand edits kept, in words ("cadence: 2–3 times a week"). */
  edits: string[];
  added: string[];
  removed: string[];
}

/** A kept edit in words: the field, and what it now says where that fits on a line. */
function describeEdit(field: string, stream: Stream | undefined): string {
  switch (field) {
    case 'name':
      return `name “${stream?.name ?? ''}”`;
    case 'cadence':
      return stream ? `cadence: ${describeCadence(stream.cadence).toLowerCase()}` : 'cadence';
    case 'approval':
      return `approval: ${approvalLine(stream?.approval)}`;
    case 'roles':
      return `owning roles (${String(stream?.roles.length ?? 0)})`;
    default:
      return field;
  }
}

/** One entry per stream the re-conversion touched or kept edits of, in the design's order. */
function streamChanges(changes: ConversionChanges, plan: Plan, names: ChangeNames): StreamChange[] {
  const itemsOf = (list: ConversionChanges['itemsAdded'], id: string) =>
    list
      .filter((change) => change.streamId === id)
      .flatMap((change) => change.itemIds.map(names.item));
  const edited = new Map(changes.handEdits.map((edit) => [edit.streamId, edit]));
  const added = new Set(changes.streamsAdded);
  const byId = new Map((plan.streamDesign?.streams ?? []).map((stream) => [stream.id, stream]));
  const ids = [...byId.keys(), ...changes.streamsRemoved];
  return ids.map((streamId) => {
    const edit = edited.get(streamId);
    const stream = byId.get(streamId);
    const edits = (edit?.fields ?? []).map((field) => describeEdit(field, stream));
    if (edit?.items) edits.push('items moved in or out by hand');
    const outcome: Outcome = added.has(streamId)
      ? 'added'
      : changes.streamsRemoved.includes(streamId)
        ? 'removed'
        : edit
          ? 'edited'
          : stream?.derivedFrom
            ? 'converted'
            : 'by hand';
    return {
      streamId,
      outcome,
      edits,
      added: itemsOf(changes.itemsAdded, streamId),
      removed: itemsOf(changes.itemsRemoved, streamId),
    };
  });
}

function Line({ label, values, testId }: { label: string; values: string[]; testId: string }) {
  if (values.length === 0) return null;
  return (
    <Text size="sm" data-testid={testId}>
      <Text span size="sm" c="dimmed">
        {label}:
      </Text>{' '}
      {values.join(', ')}
    </Text>
  );
}

/**
 * What a re-conversion did, stream by stream: whether it was added, kept with your hand edits
 * (and which), kept as the rules make it, or removed; the items that joined or left it; and
 * the hand edits that now differ from a changed rule (conflicts).
 */
export function ChangeSummary({
  changes,
  plan,
  before,
}: {
  changes: ConversionChanges;
  plan: Plan;
  before: Plan;
}) {
  const names = changeNames([plan, before]);
  const entries = streamChanges(changes, plan, names);
  const count = (outcome: Outcome) => entries.filter((entry) => entry.outcome === outcome).length;

  return (
    <Stack gap="sm" data-testid="change-summary">
      <Group gap="xs">
        {(['added', 'edited', 'converted', 'by hand', 'removed'] as const)
          .filter((outcome) => count(outcome) > 0)
          .map((outcome) => (
            <Badge key={outcome} color={OUTCOME_COLOR[outcome]} variant="dot">
              {count(outcome)} {outcome}
            </Badge>
          ))}
        <Badge color={changes.conflicts.length > 0 ? 'orange' : 'gray'} variant="dot">
          {changes.conflicts.length} {changes.conflicts.length === 1 ? 'conflict' : 'conflicts'}
        </Badge>
      </Group>
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {entries.map((entry) => (
          <Stack
            key={entry.streamId}
            component="li"
            gap={2}
            data-testid="stream-change"
            data-stream-id={entry.streamId}
          >
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" fw={600}>
                {names.stream(entry.streamId)}
              </Text>
              <Badge
                size="sm"
                variant="light"
                color={OUTCOME_COLOR[entry.outcome]}
                title={OUTCOME_HELP[entry.outcome]}
                style={{ flexShrink: 0 }}
              >
                {entry.outcome}
              </Badge>
            </Group>
            <Line label="Your edits kept" values={entry.edits} testId="edits-kept" />
            <Line label="Items added" values={entry.added} testId="items-added" />
            <Line label="Items removed" values={entry.removed} testId="items-removed" />
          </Stack>
        ))}
      </Stack>
      {changes.conflicts.length > 0 ? (
        <Stack gap={4}>
          <Title order={3} size="h5">
            Conflicts: your edits were kept
          </Title>
          <List size="sm" spacing={4} data-testid="conflicts">
            {changes.conflicts.map((conflict) => (
              <List.Item key={`${conflict.streamId}:${conflict.field}`}>
                {conflict.message}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
    </Stack>
  );
}
