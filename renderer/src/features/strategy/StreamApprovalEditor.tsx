import { SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { ApprovalModel } from '../../../../core/plan/schema';
import { useFieldError } from '../../ui/field-problems';
import {
  appConditionsOf,
  approvalOfMode,
  openPlanPolicy,
  type ApprovalMode,
} from '../../state/stream-edits';
import { setStreamApproval } from './strategy-edits';

const MODES: { value: ApprovalMode; label: string }[] = [
  { value: 'preAuthorised', label: 'Pre-authorised' },
  { value: 'changeAuthority', label: 'Change authority' },
  { value: 'signOff', label: 'Sign-off' },
  { value: 'emergency', label: 'Emergency' },
  { value: 'none', label: 'Not decided' },
];

function isMode(value: string): value is ApprovalMode {
  return MODES.some((mode) => mode.value === value);
}

export interface StreamApprovalEditorProps {
  streamIndex: number;
  streamName: string;
  approval: ApprovalModel | undefined;
}

/**
 * One stream's approval model, laid out in full: devolved to an automated gate (a standard,
 * pre-authorised change), or kept with a change authority; with the conditions either applies.
 */
export function StreamApprovalEditor({
  streamIndex,
  streamName,
  approval,
}: StreamApprovalEditorProps) {
  const path = `streamDesign.streams[${String(streamIndex)}].approval`;
  const whoField =
    approval === undefined || approval.mode === 'preAuthorised' ? 'gate' : 'authority';
  const whoError = useFieldError(`${path}.${whoField}`);
  const conditionsError = useFieldError(`${path}.conditions`);
  const modeError = useFieldError(path);
  const change = (next: ApprovalModel | undefined, coalesceKey?: string) => {
    setStreamApproval(streamIndex, next, coalesceKey);
  };
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        fullWidth
        aria-label={`Approval of ${streamName}`}
        data-path={path}
        value={approval?.mode ?? 'none'}
        data={MODES}
        onChange={(value) => {
          if (isMode(value))
            change(approvalOfMode(value, approval, appConditionsOf(streamIndex), openPlanPolicy()));
        }}
      />
      {modeError ? (
        <Text size="xs" c="red">
          {modeError}
        </Text>
      ) : null}
      {approval ? (
        <Stack gap="xs">
          {approval.mode === 'preAuthorised' ? (
            <TextInput
              size="xs"
              label="Gate"
              aria-label={`Gate of ${streamName}`}
              placeholder="e.g. Automated build and integration tests"
              data-path={`${path}.gate`}
              value={approval.gate}
              error={whoError}
              onChange={(event) => {
                change({ ...approval, gate: event.currentTarget.value }, `${path}.gate`);
              }}
            />
          ) : (
            <TextInput
              size="xs"
              label="Change authority"
              aria-label={`Change authority of ${streamName}`}
              placeholder="e.g. Change manager, CAB"
              data-path={`${path}.authority`}
              value={approval.authority}
              error={whoError}
              onChange={(event) => {
                change({ ...approval, authority: event.currentTarget.value }, `${path}.authority`);
              }}
            />
          )}
          <Textarea
            size="xs"
            autosize
            minRows={1}
            maxRows={6}
            label="Conditions"
            aria-label={`Conditions of ${streamName}`}
            placeholder="e.g. All pipeline tests pass; no open P1"
            data-path={`${path}.conditions`}
            value={approval.conditions ?? ''}
            error={conditionsError}
            onChange={(event) => {
              const conditions = event.currentTarget.value;
              const next = { ...approval, conditions };
              if (conditions === '') Reflect.deleteProperty(next, 'conditions');
              change(next, `${path}.conditions`);
            }}
          />
        </Stack>
      ) : null}
    </Stack>
  );
}
