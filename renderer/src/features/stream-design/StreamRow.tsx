import { Badge, Group, Stack, Table, Textarea, Tooltip } from '@mantine/core';
import type { Draft } from 'immer';
import { memo } from 'react';
import { streamHandEdits } from '../../../../core/conversion/hand-edits';
import type { Stream } from '../../../../core/plan/schema';
import { useDocumentStore } from '../../state/document-store';
import { useFieldError, useProblemsUnder } from '../../ui/field-problems';
import { RolesMultiSelect } from '../../ui/roles/RolesMultiSelect';
import { ApprovalField } from './ApprovalField';
import { CadenceField } from '../../ui/CadenceField';
import type { ItemIndex } from './item-index';
import { RemoveStreamButton } from './RemoveStreamButton';
import { SourceItemsField } from './SourceItemsField';
import {
  addSourceItem,
  findStream,
  removeSourceItem,
  removeStream,
  streamPath,
} from '../../state/stream-edits';

/** How a stream is named in labels and messages: its name, or its position when it has none. */
export function streamOwnerName(stream: Pick<Stream, 'name'>, index: number): string {
  const name = stream.name.trim();
  return name === '' ? `stream ${String(index + 1)}` : `“${name}”`;
}

/**
 * One stream, every field edited in place. Memoised: typing in one stream re-renders that row
 * only (the other streams keep their identity in the plan, and problems are selected per field).
 */
export const StreamRow = memo(function StreamRow({
  stream,
  index,
  items,
}: {
  stream: Stream;
  index: number;
  items: ItemIndex;
}) {
  const editPlan = useDocumentStore((s) => s.editPlan);
  const path = streamPath(index);
  const owner = streamOwnerName(stream, index);
  const edit = (label: string, recipe: (draft: Draft<Stream>) => void, coalesceKey?: string) => {
    editPlan(
      (draft) => {
        const found = findStream(draft, stream.id);
        if (found) recipe(found);
      },
      { label, ...(coalesceKey === undefined ? {} : { coalesceKey }) },
    );
  };
  const nameProblem = useFieldError(`${path}.name`);
  const rolesProblem = useProblemsUnder(`${path}.roles`);

  return (
    <Table.Tr data-testid="stream-row" data-stream-id={stream.id}>
      <Table.Td>
        <Stack gap={8}>
          <Textarea
            size="sm"
            autosize
            minRows={1}
            maxRows={4}
            aria-label={`Name of stream ${String(index + 1)}`}
            data-path={`${path}.name`}
            value={stream.name}
            placeholder="Name this stream"
            onChange={(event) => {
              const name = event.currentTarget.value;
              edit(
                'Rename stream',
                (draft) => {
                  draft.name = name;
                },
                `${path}.name`,
              );
            }}
            error={nameProblem}
            styles={{ input: { fontWeight: 600 } }}
          />
          <StreamTrace stream={stream} path={path} owner={owner} items={items} />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap="sm" maw={280}>
          <CadenceField
            cadence={stream.cadence}
            path={`${path}.cadence`}
            owner={owner}
            onChange={(cadence, coalesceKey) => {
              edit(
                'Change cadence',
                (draft) => {
                  draft.cadence = cadence;
                },
                coalesceKey,
              );
            }}
          />
          <ApprovalField
            approval={stream.approval}
            streamId={stream.id}
            path={`${path}.approval`}
            owner={owner}
            onChange={(approval, coalesceKey) => {
              edit(
                'Change approval',
                (draft) => {
                  if (approval === undefined) delete draft.approval;
                  else draft.approval = approval;
                },
                coalesceKey,
              );
            }}
          />
        </Stack>
      </Table.Td>
      <Table.Td>
        <RolesMultiSelect
          size="xs"
          aria-label={`Roles owning ${owner}`}
          data-path={`${path}.roles`}
          placeholder={stream.roles.length === 0 ? 'Pick owning processes' : undefined}
          value={stream.roles}
          onChange={(roles) => {
            edit('Change roles', (draft) => {
              draft.roles = roles;
            });
          }}
          error={
            rolesProblem ??
            (stream.roles.length === 0 ? 'No process or function owns it yet' : undefined)
          }
        />
      </Table.Td>
    </Table.Tr>
  );
});

/** The items the stream absorbed, where it came from, and its remove button. */
function StreamTrace({
  stream,
  path,
  owner,
  items,
}: {
  stream: Stream;
  path: string;
  owner: string;
  items: ItemIndex;
}) {
  const editPlan = useDocumentStore((s) => s.editPlan);
  return (
    <Group gap={6} wrap="nowrap" justify="space-between" align="flex-start">
      <Group gap={6} wrap="wrap" miw={0}>
        <SourceItemsField
          stream={stream}
          path={path}
          owner={owner}
          items={items}
          onAdd={(itemId) => {
            editPlan(
              (draft) => {
                addSourceItem(draft, stream.id, itemId);
              },
              { label: 'Add item to stream' },
            );
          }}
          onRemove={(itemId) => {
            editPlan(
              (draft) => {
                removeSourceItem(draft, stream.id, itemId);
              },
              { label: 'Take item out of stream' },
            );
          }}
        />
        <OriginBadge stream={stream} items={items} />
      </Group>
      <RemoveStreamButton
        stream={stream}
        owner={owner}
        onRemove={() => {
          editPlan(
            (draft) => {
              removeStream(draft, stream.id);
            },
            { label: 'Remove stream' },
          );
        }}
      />
    </Group>
  );
}

/** Where the stream came from: the rules as they made it, the rules then edited, or by hand. */
function OriginBadge({ stream, items }: { stream: Stream; items: ItemIndex }) {
  const edits = streamHandEdits(stream, (id) => items.byId.has(id));
  if (!edits) {
    return (
      <Tooltip label="Added by hand; converting again keeps it as it is" openDelay={300}>
        <Badge size="xs" variant="light" color="grape">
          by hand
        </Badge>
      </Tooltip>
    );
  }
  const edited = edits.fields.length > 0 || edits.items;
  return (
    <Tooltip
      label={
        edited
          ? 'Made by the conversion rules, then edited by hand; converting again keeps your edits'
          : 'As the conversion rules made it; converting again updates it'
      }
      openDelay={300}
    >
      <Badge size="xs" variant="light" color={edited ? 'grape' : 'indigo'}>
        {edited ? 'edited' : 'converted'}
      </Badge>
    </Tooltip>
  );
}
