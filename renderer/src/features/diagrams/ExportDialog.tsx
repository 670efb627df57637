import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  NumberInput,
  Progress,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Diagram, DiagramOptions, DiagramView } from '../../../../core/diagrams';
import {
  EXPORT_FORMATS,
  EXPORT_FORMAT_LABELS,
  type ExportFormat,
} from '../../../../core/export/file-names';
import type { Plan } from '../../../../core/plan/schema';
import {
  DEFAULT_IMAGE_SETTINGS,
  EXPORT_BACKGROUNDS,
  MAX_PADDING,
  MIN_PADDING,
  PNG_SCALES,
  type ExportBackground,
  type ImageExportSettings,
} from '../../../../core/export/image-settings';
import {
  exportAllViews,
  exportOne,
  type ExportAllResult,
  type ExportProgress,
} from './export-actions';
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

const BACKGROUND_LABELS: Record<ExportBackground, string> = {
  white: 'White',
  dark: 'Dark',
  transparent: 'Transparent',
};

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
  const image = format === 'png' || format === 'svg';

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
        <Stack gap={4}>
          <Text size="sm" fw={500} id="export-format-label">
            Format
          </Text>
          <SegmentedControl
            aria-labelledby="export-format-label"
            value={format}
            onChange={(value) => setFormat(value)}
            data={EXPORT_FORMATS.map((value) => ({ value, label: EXPORT_FORMAT_LABELS[value] }))}
            disabled={busy.kind !== 'idle'}
          />
        </Stack>
        {format === 'png' ? (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="export-scale-label">
              Scale
            </Text>
            <SegmentedControl
              aria-labelledby="export-scale-label"
              value={String(scale)}
              onChange={(value) => setScale(Number(value))}
              data={PNG_SCALES.map((value) => ({
                value: String(value),
                label: `${String(value)}×`,
              }))}
              disabled={busy.kind !== 'idle'}
            />
          </Stack>
        ) : null}
        {image ? (
          <>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="export-background-label">
                Background
              </Text>
              <SegmentedControl
                aria-labelledby="export-background-label"
                value={background}
                onChange={(value) => setBackground(value)}
                data={EXPORT_BACKGROUNDS.map((value) => ({
                  value,
                  label: BACKGROUND_LABELS[value],
                }))}
                disabled={busy.kind !== 'idle'}
              />
            </Stack>
            <NumberInput
              label="Padding (pixels)"
              value={padding}
              min={MIN_PADDING}
              max={MAX_PADDING}
              clampBehavior="strict"
              allowDecimal={false}
              onChange={(value) => setPadding(typeof value === 'number' ? value : 0)}
              disabled={busy.kind !== 'idle'}
              maw={200}
            />
          </>
        ) : null}
        {format === 'md' ? (
          <Text size="sm" c="dimmed">
            The report covers the whole plan: service, packaged plan, streams, metrics and
            readiness, with every diagram as a Mermaid block.
          </Text>
        ) : null}

        {busy.kind === 'all' ? (
          <Stack gap={4} aria-live="polite">
            <Progress
              value={
                busy.progress.total === 0 ? 0 : (100 * busy.progress.done) / busy.progress.total
              }
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
