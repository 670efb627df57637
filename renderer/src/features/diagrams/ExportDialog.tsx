import { Alert, Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Diagram, DiagramOptions, DiagramView } from '../../../../core/diagrams';
import type { ExportFormat } from '../../../../core/export/file-names';
import type { Plan } from '../../../../core/plan/schema';
import {
  DEFAULT_IMAGE_SETTINGS,
  type ExportBackground,
  type ImageExportSettings,
} from '../../../../core/export/image-settings';
import {
  exportAllViews,
  exportOne,
  type ExportAllResult,
  type ExportProgress,
} from './export-actions';
import { ExportOptions } from './ExportOptions';
import { useDiagramTheme } from './use-diagram-theme';

interface Props {
  opened: boolean;
  onClose: () => void;
  plan: Plan;
  view: DiagramView;
  viewTitle: string;
  /** The diagram "Export…" saves; "Export all views" saves every diagram of every view. */
  diagram: Diagram | undefined;
  index: number;
  count: number;
  options: DiagramOptions | undefined;
}

type Busy = { kind: 'idle' } | { kind: 'one' } | { kind: 'all'; progress: ExportProgress };

export function ExportDialog(props: Props) {
  const theme = useDiagramTheme();
  const [format, setFormat] = useState<ExportFormat>('png');
  const [scale, setScale] = useState(DEFAULT_IMAGE_SETTINGS.scale);
  const [background, setBackground] = useState<ExportBackground>(
    theme === 'dark' ? 'dark' : 'white',
  );
  const [padding, setPadding] = useState(DEFAULT_IMAGE_SETTINGS.padding);
  const [busy, setBusy] = useState<Busy>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<ExportAllResult | null>(null);

  const settings: ImageExportSettings = { scale, background, padding };

  const close = (): void => {
    if (busy.kind !== 'idle') return;
    setError(null);
    setSummary(null);
    props.onClose();
  };

  const exportThis = async (): Promise<void> => {
    const { diagram } = props;
    if (!diagram) return;
    setBusy({ kind: 'one' });
    setError(null);
    setSummary(null);
    try {
      const path = await exportOne(
        { plan: props.plan, view: props.view, diagram, index: props.index, count: props.count },
        format,
        settings,
      );
      if (path !== null) {
        notifications.show({ title: 'Exported', message: `Saved ${path}`, color: 'teal' });
        props.onClose();
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy({ kind: 'idle' });
    }
  };

  const exportAll = async (): Promise<void> => {
    setError(null);
    setSummary(null);
    setBusy({ kind: 'all', progress: { done: 0, total: 0, current: '' } });
    try {
      const result = await exportAllViews(
        props.plan,
        format,
        settings,
        props.options,
        (progress) => {
          setBusy({ kind: 'all', progress });
        },
      );
      if (result !== null) setSummary(result);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy({ kind: 'idle' });
    }
  };

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={`Export “${props.diagram?.title ?? props.viewTitle}”`}
      closeOnClickOutside={busy.kind === 'idle'}
      closeOnEscape={busy.kind === 'idle'}
      size="lg"
    >
      <Stack>
        <ExportOptions
          format={format}
          onFormat={setFormat}
          scale={scale}
          onScale={setScale}
          background={background}
          onBackground={setBackground}
          padding={padding}
          onPadding={setPadding}
          disabled={busy.kind !== 'idle'}
        />
        <ExportStatus busy={busy} error={error} summary={summary} />
        <Group justify="space-between">
          <Button
            variant="default"
            onClick={() => void exportAll()}
            loading={busy.kind === 'all'}
            disabled={busy.kind === 'one'}
          >
            Export all views…
          </Button>
          <Group gap="xs">
            <Button variant="subtle" onClick={close} disabled={busy.kind !== 'idle'}>
              {summary !== null ? 'Done' : 'Cancel'}
            </Button>
            <Button
              onClick={() => void exportThis()}
              loading={busy.kind === 'one'}
              disabled={busy.kind === 'all' || props.diagram === undefined}
            >
              Export…
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Progress of "Export all views", the failure, or what was written. */
function ExportStatus({
  busy,
  error,
  summary,
}: {
  busy: Busy;
  error: string | null;
  summary: ExportAllResult | null;
}) {
  return (
    <>
      {busy.kind === 'all' ? (
        <Stack gap={4} aria-live="polite">
          <Progress
            value={busy.progress.total === 0 ? 0 : (100 * busy.progress.done) / busy.progress.total}
            aria-label="Export progress"
            animated
          />
          <Text size="sm" c="dimmed">
            {busy.progress.total === 0
              ? 'Choose a folder…'
              : `Writing ${String(Math.min(busy.progress.done + 1, busy.progress.total))} of ${String(busy.progress.total)}: ${busy.progress.current}`}
          </Text>
        </Stack>
      ) : null}
      {error !== null ? (
        <Alert color="red" title="The export failed" role="alert">
          {error}
        </Alert>
      ) : null}
      {summary !== null ? (
        <Alert
          color={summary.failed.length === 0 ? 'teal' : 'orange'}
          title={`Wrote ${String(summary.written.length)} ${summary.written.length === 1 ? 'file' : 'files'} to “${summary.folderName}”`}
          data-testid="export-summary"
        >
          {summary.failed.length > 0 ? (
            <List size="sm">
              {summary.failed.map((failure) => (
                <List.Item key={failure.name}>
                  {failure.name}: {failure.message}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">{summary.written.join(', ')}</Text>
          )}
        </Alert>
      ) : null}
    </>
  );
}
