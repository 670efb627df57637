import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useShallow } from 'zustand/react/shallow';
import { describeCadence } from '../../../../core/plan/cadence-labels';
import type { Stream } from '../../../../core/plan/schema';
import { runConvertCommand } from '../../ui/convert-command';
import { useDocumentStore } from '../../state/document-store';
import { FormSection } from '../../ui/FormSection';
import { PlanTextarea } from '../../ui/PlanTextField';
import { textOr } from '../../ui/text';
import { setStrategyText } from './strategy-edits';
import { StreamApprovalEditor } from './StreamApprovalEditor';

/**
 * The change policy: a few sentences, then each stream's approval model. Change Management
 * stays the broker: it devolves approval of a stream to its automated build and integration
 * tests (a pre-authorised, standard change), or keeps a change authority in the loop.
 */
export function ChangePolicySection() {
  const policy = useDocumentStore((s) => s.plan?.strategy.changePolicy);
  const streams = useDocumentStore(useShallow((s) => s.plan?.streamDesign?.streams ?? null));
  return (
    <FormSection
      title="Change policy"
      description="How releases are authorised. Streams with a reliable automated pipeline can be pre-authorised as standard changes; the rest go to a change authority such as the change manager or the CAB."
    >
      <PlanTextarea
        label="Policy"
        placeholder="e.g. Code and knowledge streams are standard changes once their pipeline gates pass; hardware changes go to the CAB."
        path="strategy.changePolicy"
        value={policy}
        onValue={(value) => {
          setStrategyText('changePolicy', value);
        }}
      />
      {streams === null ? (
        <Alert variant="light" color="gray" title="No stream design yet">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              Each stream of the design gets its own approval model. Convert the packaged plan into
              streams to set them here.
            </Text>
            <Button size="xs" onClick={runConvertCommand}>
              Convert to streams
            </Button>
          </Stack>
        </Alert>
      ) : (
        <StreamApprovals streams={streams} />
      )}
    </FormSection>
  );
}

function StreamApprovals({ streams }: { streams: readonly Stream[] }) {
  if (streams.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The stream design has no streams yet.
      </Text>
    );
  }
  const preAuthorised = streams.filter((s) => s.approval?.mode === 'preAuthorised').length;
  const authority = streams.filter((s) => s.approval?.mode === 'changeAuthority').length;
  const undecided = streams.length - preAuthorised - authority;
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="approval-summary">
        {preAuthorised} of {streams.length} {streams.length === 1 ? 'stream' : 'streams'}{' '}
        pre-authorised · {authority} to a change authority
        {undecided > 0 ? ` · ${String(undecided)} not decided` : ''}
      </Text>
      {streams.map((stream, index) => {
        const name = textOr(stream.name, `Stream ${stream.id}`);
        return (
          <Paper key={stream.id} withBorder radius="sm" p="sm">
            <SimpleGrid type="container" cols={{ base: 1, '560px': 2 }} spacing="sm">
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {name}
                </Text>
                <Group gap={6}>
                  <Text size="xs" c="dimmed">
                    {describeCadence(stream.cadence)}
                  </Text>
                </Group>
              </Stack>
              <StreamApprovalEditor
                streamIndex={index}
                streamName={name}
                approval={stream.approval}
              />
            </SimpleGrid>
          </Paper>
        );
      })}
    </Stack>
  );
}
