import { MultiSelect, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { APPROVAL_MODES, type ApprovalMode } from '../../../../core/plan/schema-approval';
import type { ChangeWindow, WindowScope } from '../../../../core/plan/schema-calendar';
import { useDocumentStore } from '../../state/document-store';
import { updateWindow } from './calendar-edits';
import { APPROVAL_CLASS_LABELS } from './calendar-labels';

const CLASS = 'class:';
const STREAM = 'stream:';

/** The scope as the options of one picker: approval classes and streams of the design. */
function scopeValues(scope: WindowScope | undefined): string[] {
  return [
    ...(scope?.approvalModes ?? []).map((mode) => `${CLASS}${mode}`),
    ...(scope?.streamIds ?? []).map((id) => `${STREAM}${id}`),
  ];
}

function scopeOf(values: readonly string[]): WindowScope | undefined {
  const approvalModes = values
    .filter((value) => value.startsWith(CLASS))
    .map((value) => value.slice(CLASS.length))
    .filter((mode): mode is ApprovalMode => (APPROVAL_MODES as readonly string[]).includes(mode));
  const streamIds = values
    .filter((value) => value.startsWith(STREAM))
    .map((value) => value.slice(STREAM.length));
  if (approvalModes.length === 0 && streamIds.length === 0) return undefined;
  return {
    ...(approvalModes.length > 0 ? { approvalModes } : {}),
    ...(streamIds.length > 0 ? { streamIds } : {}),
  };
}

/**
 * What a window blocks: nothing chosen means every stream; otherwise the approval classes and
 * streams picked. A maintenance window blocks nothing, so it has no scope to choose.
 */
export function WindowScopeField({
  window,
  index,
  label,
}: {
  window: ChangeWindow;
  index: number;
  label: string;
}) {
  const streams = useDocumentStore(
    useShallow((s) =>
      (s.plan?.streamDesign?.streams ?? []).map((stream) => `${stream.id}\u0000${stream.name}`),
    ),
  );
  const values = scopeValues(window.scope);
  const data = useMemo(() => {
    const streamItems = streams.map((entry) => {
      const [id = '', name = ''] = entry.split('\u0000');
      return { value: `${STREAM}${id}`, label: name.trim() === '' ? id : name };
    });
    // A stream named in the file but no longer in the design stays visible, to be removed.
    for (const value of values) {
      if (value.startsWith(STREAM) && !streamItems.some((item) => item.value === value)) {
        streamItems.push({ value, label: `${value.slice(STREAM.length)} (not in the design)` });
      }
    }
    const groups = [
      {
        group: 'Approval classes',
        items: APPROVAL_MODES.map((mode) => ({
          value: `${CLASS}${mode}`,
          label: APPROVAL_CLASS_LABELS[mode],
        })),
      },
    ];
    return streamItems.length > 0 ? [...groups, { group: 'Streams', items: streamItems }] : groups;
  }, [streams, values]);
  if (window.kind === 'maintenance') {
    return (
      <Text size="sm" c="dimmed" pt={30}>
        Blocks nothing: changes may be made
      </Text>
    );
  }
  return (
    <MultiSelect
      size="sm"
      label="Blocks"
      aria-label={`What ${label} blocks`}
      data-path={`changeCalendar.windows[${String(index)}].scope`}
      placeholder={values.length === 0 ? 'Every stream' : undefined}
      data={data}
      value={values}
      clearable
      searchable
      onChange={(next) => {
        const scope = scopeOf(next);
        updateWindow(index, (draft) => {
          if (scope) draft.scope = scope;
          else Reflect.deleteProperty(draft, 'scope');
        });
      }}
    />
  );
}
