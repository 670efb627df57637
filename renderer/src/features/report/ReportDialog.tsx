import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { DiagramDetail } from '../../../../core/diagrams/types';
import { useDocumentStore } from '../../state/document-store';
import { useUiStore } from '../../state/ui-store';
import { LabelledChoice } from '../../ui/LabelledChoice';
import { exportReport, type ReportChoice, type ReportProgress } from './export-report';
import { useReportDialogStore } from './report-store';

type FormatChoice = 'md' | 'html' | 'pdf-a4' | 'pdf-letter' | 'docx';

const FORMATS: { value: FormatChoice; label: string }[] = [
  { value: 'md', label: 'Markdown' },
  { value: 'html', label: 'HTML' },
  { value: 'pdf-a4', label: 'PDF A4' },
  { value: 'pdf-letter', label: 'PDF Letter' },
  { value: 'docx', label: 'Word' },
];

const DETAILS: { value: DiagramDetail; label: string }[] = [
  { value: 'grouped', label: 'Grouped' },
  { value: 'items', label: 'Every item' },
];

function choiceOf(format: FormatChoice, detail: DiagramDetail): Omit<ReportChoice, 'vocabulary'> {
  if (format === 'pdf-a4') return { format: 'pdf', paper: 'a4', detail };
  if (format === 'pdf-letter') return { format: 'pdf', paper: 'letter', detail };
  return { format, paper: 'a4', detail };
}

/**
 * File › Export report…: the pack for the CAB and the steering committee in the format the
 * reader needs, with its diagrams grouped (readable at a glance) or showing every item.
 */
export function ReportDialog() {
  const opened = useReportDialogStore((s) => s.opened);
  const close = useReportDialogStore((s) => s.close);
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  return (
    <Modal
      opened={opened}
      onClose={() => {
        // Closing while it renders would leave the export running unseen.
        if (progress === null) close();
      }}
      title="Export report"
      centered
    >
      {opened ? <ReportForm progress={progress} setProgress={setProgress} /> : null}
    </Modal>
  );
}

function ReportForm({
  progress,
  setProgress,
}: {
  progress: ReportProgress | null;
  setProgress: (progress: ReportProgress | null) => void;
}) {
  const plan = useDocumentStore((s) => s.plan);
  const vocabulary = useUiStore((s) => s.vocabulary);
  const close = useReportDialogStore((s) => s.close);
  const [format, setFormat] = useState<FormatChoice>('html');
  const [detail, setDetail] = useState<DiagramDetail>('grouped');

  const run = async () => {
    if (!plan) return;
    try {
      const path = await exportReport(plan, { ...choiceOf(format, detail), vocabulary }, (next) => {
        setProgress(next);
      });
      if (path !== null) {
        notifications.show({ title: 'Report exported', message: path, color: 'green' });
        close();
      }
    } catch (error) {
      notifications.show({
        title: 'Could not export the report',
        message: error instanceof Error ? error.message : String(error),
        color: 'red',
      });
    } finally {
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <Stack>
      <LabelledChoice
        label="Format"
        data={FORMATS}
        value={format}
        onChange={setFormat}
        disabled={busy}
      />
      <LabelledChoice
        label="Diagrams"
        data={DETAILS}
        value={detail}
        onChange={setDetail}
        disabled={busy || format === 'md'}
      />
      {progress ? <ProgressLine progress={progress} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={close} disabled={busy}>
          Cancel
        </Button>
        <Button onClick={() => void run()} loading={busy} disabled={!plan}>
          Export…
        </Button>
      </Group>
    </Stack>
  );
}

function ProgressLine({ progress }: { progress: ReportProgress }) {
  const label = progress.writing
    ? 'Writing the report…'
    : `Drawing diagram ${String(Math.min(progress.drawn + 1, progress.total))} of ${String(progress.total)}…`;
  const value = progress.total === 0 ? 100 : (100 * progress.drawn) / progress.total;
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="sm">{label}</Text>
      <Progress value={progress.writing ? 100 : value} animated={progress.writing} />
    </Stack>
  );
}
