import { Combobox, Input, Popover, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { APPROVAL_MODE_LABELS } from '../../../../core/plan/approval-labels';
import { APPROVAL_MODES, type ApprovalModel } from '../../../../core/plan/schema';
import { useFieldError, useProblemsUnder } from '../../ui/field-problems';
import {
  appConditionsOf,
  approvalOfMode,
  openPlanPolicy,
  type ApprovalMode,
} from '../../state/stream-edits';
import { FIELD_LABELS } from '../../../../core/plan/field-labels';

const MODES: { value: ApprovalMode; label: string }[] = [
  ...APPROVAL_MODES.map((mode) => ({ value: mode, label: APPROVAL_MODE_LABELS[mode].name })),
  { value: 'none', label: 'Not decided yet' },
];

function shortMode(mode: ApprovalMode): string {
  return mode === 'none' ? 'Not decided' : APPROVAL_MODE_LABELS[mode].short;
}

function isApprovalMode(value: string | null): value is ApprovalMode {
  return MODES.some((mode) => mode.value === value);
}

export interface ApprovalFieldProps {
  approval: ApprovalModel | undefined;
  /** The stream's id: what the app wrote for it tells its own conditions from the user's. */
  streamId: string;
  /** JSON path of the approval model, e.g. `streamDesign.streams[0].approval`. */
  path: string;
  owner: string;
  onChange: (approval: ApprovalModel | undefined, coalesceKey?: string) => void;
}

/**
 * Who authorises the stream's releases: an automated gate Change Management devolved approval
 * to, or a change authority (change manager, CAB), with the conditions either applies. Shown as
 * one line in the table; edited in a popover.
 */
export function ApprovalField({ approval, streamId, path, owner, onChange }: ApprovalFieldProps) {
  const invalid = useProblemsUnder(path) !== undefined;
  const mode: ApprovalMode = approval?.mode ?? 'none';
  const who = approval?.mode === 'preAuthorised' ? approval.gate : approval?.authority;

  return (
    <Stack gap={2}>
      <Text size="xs" fw={500} aria-hidden>
        Approval
      </Text>
      <Popover width={320} position="bottom-start" shadow="md" trapFocus withArrow>
        <Popover.Target>
          <Input
            component="button"
            type="button"
            size="xs"
            pointer
            data-path={path}
            aria-label={`Approval of ${owner}: ${shortMode(mode)}${who ? ` ${who}` : ''}`}
            error={invalid}
            rightSection={<Combobox.Chevron size="xs" />}
            styles={{ input: { height: 'auto', minHeight: 30, paddingBlock: 4 } }}
          >
            <Text
              span
              display="block"
              size="xs"
              fw={500}
              lh={1.3}
              c={approval ? undefined : 'dimmed'}
              truncate
            >
              {shortMode(mode)}
            </Text>{' '}
            {who ? (
              <Text span display="block" size="xs" c="dimmed" lh={1.3} truncate>
                {who}
              </Text>
            ) : null}
          </Input>
        </Popover.Target>
        <Popover.Dropdown>
          <ApprovalEditor
            approval={approval}
            streamId={streamId}
            path={path}
            owner={owner}
            onChange={onChange}
          />
        </Popover.Dropdown>
      </Popover>
    </Stack>
  );
}

/** The popover's form: the model, its gate or authority, and the conditions either applies. */
function ApprovalEditor({ approval, streamId, path, owner, onChange }: ApprovalFieldProps) {
  const gateProblem = useFieldError(`${path}.gate`);
  const authorityProblem = useFieldError(`${path}.authority`);
  const conditionsProblem = useFieldError(`${path}.conditions`);
  const mode: ApprovalMode = approval?.mode ?? 'none';
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        Who authorises releases of {owner}
      </Text>
      <Select
        size="xs"
        label={FIELD_LABELS.approval}
        data={MODES}
        value={mode}
        allowDeselect={false}
        checkIconPosition="right"
        comboboxProps={{ withinPortal: false }}
        onChange={(value) => {
          if (isApprovalMode(value)) {
            onChange(approvalOfMode(value, approval, appConditionsOf(streamId), openPlanPolicy()));
          }
        }}
      />
      {approval?.mode === 'preAuthorised' ? (
        <TextInput
          size="xs"
          label={FIELD_LABELS.gate}
          data-path={`${path}.gate`}
          value={approval.gate}
          placeholder="e.g. automated build and integration tests"
          onChange={(event) => {
            onChange({ ...approval, gate: event.currentTarget.value }, `${path}.gate`);
          }}
          error={gateProblem}
        />
      ) : null}
      {approval !== undefined && approval.mode !== 'preAuthorised' ? (
        <TextInput
          size="xs"
          label={
            approval.mode === 'signOff' ? FIELD_LABELS.signedOffBy : FIELD_LABELS.changeAuthority
          }
          data-path={`${path}.authority`}
          value={approval.authority}
          placeholder="e.g. change manager, CAB"
          onChange={(event) => {
            onChange({ ...approval, authority: event.currentTarget.value }, `${path}.authority`);
          }}
          error={authorityProblem}
        />
      ) : null}
      {approval ? (
        <Textarea
          size="xs"
          label={FIELD_LABELS.conditions}
          autosize
          minRows={2}
          maxRows={6}
          data-path={`${path}.conditions`}
          value={approval.conditions ?? ''}
          placeholder="Optional: when the model applies"
          onChange={(event) => {
            const conditions = event.currentTarget.value;
            const next = { ...approval, conditions };
            // An emptied field leaves no empty "conditions" behind in the file.
            if (conditions === '') Reflect.deleteProperty(next, 'conditions');
            onChange(next, `${path}.conditions`);
          }}
          error={conditionsProblem}
        />
      ) : (
        <Text size="xs" c="dimmed">
          Readiness flags a stream without an approval model: say whether its releases are
          pre-authorised or go to a change authority.
        </Text>
      )}
    </Stack>
  );
}
