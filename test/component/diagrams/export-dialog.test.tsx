import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DIAGRAM_VIEWS, DIAGRAM_VIEW_TITLES, buildDiagram } from '../../../core/diagrams';
import type { IpcResult } from '../../../core/contract/ipc/contract';
import { sharedSvgCache } from '../../../renderer/src/diagrams/svg-cache';
import { DiagramsScreen, requestDiagramExport } from '../../../renderer/src/features/diagrams';
import { useExportDialog } from '../../../renderer/src/features/diagrams/export-request';
import { useDocumentStore } from '../../../renderer/src/state/document-store';
import { installFakeStudio, sampleDocument } from '../fake-studio';
import { mermaidMock } from './mermaid-mock';

vi.mock('mermaid', async () => (await import('./mermaid-mock')).mermaidMock.module);

const SLUG = 'seed-example-two-packaged-deliveries';

function showScreen() {
  render(
    <MantineProvider forceColorScheme="light">
      <Notifications />
      <DiagramsScreen />
    </MantineProvider>,
  );
}

async function openDialog() {
  act(() => {
    requestDiagramExport();
  });
  return screen.findByRole('dialog');
}

/** What the page sent on one channel (the fake's mock records the request as a second argument). */
function requestsTo(invoke: { mock: { calls: unknown[][] } }, channel: string): unknown[] {
  return invoke.mock.calls.filter((call) => call[0] === channel).map((call) => call[1]);
}

beforeEach(() => {
  notifications.clean();
  mermaidMock.reset();
  sharedSvgCache.clear();
  useExportDialog.setState({ opened: false, diagramIndex: 0 });
  useDocumentStore.getState().openDocument(sampleDocument());
});

describe('DiagramsScreen', () => {
  it('switches between the five views', async () => {
    installFakeStudio({});
    showScreen();
    const plan = sampleDocument().plan;
    for (const view of DIAGRAM_VIEWS) {
      await userEvent.click(screen.getByRole('radio', { name: DIAGRAM_VIEW_TITLES[view] }));
      expect(screen.getByTestId(`diagram-panel-${view}`)).toBeInTheDocument();
      const expected = buildDiagram(plan, view).diagrams[0]?.title ?? '';
      expect(await screen.findByRole('heading', { level: 3, name: expected })).toBeInTheDocument();
    }
  }, 20_000);
});

describe('the export dialog', () => {
  it('opens from File › Export… and saves the Mermaid source through the save dialog', async () => {
    const studio = installFakeStudio({
      exportFile: () => ({ ok: true, value: { path: '/home/me/diagram.mmd' } }),
    });
    showScreen();
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Mermaid source' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export…' }));
    const [packaged] = buildDiagram(sampleDocument().plan, 'packaged').diagrams;
    expect(studio.invoke).toHaveBeenCalledWith('exportFile', {
      suggestedName: `${SLUG}-packaged.mmd`,
      format: 'mmd',
      data: `${packaged?.source.trimEnd() ?? ''}\n`,
    });
    expect(await screen.findByText('Saved /home/me/diagram.mmd')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  it('stays open and quiet when the save dialog is cancelled', async () => {
    const studio = installFakeStudio({
      exportFile: () => ({ ok: true, value: { path: null } }),
    });
    showScreen();
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Markdown report' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export…' }));
    await waitFor(() => {
      expect(studio.invoke).toHaveBeenCalledWith(
        'exportFile',
        expect.objectContaining({ suggestedName: `${SLUG}.md`, format: 'md' }),
      );
    });
    const [request] = requestsTo(studio.invoke, 'exportFile') as { data: string }[];
    expect(request?.data).toMatch(/^# Seed example: two packaged deliveries\n/);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.queryByText(/^Saved /)).toBeNull();
  });

  it('shows the main process’s sentence when the export fails', async () => {
    installFakeStudio({
      exportFile: () => ({
        ok: false,
        error: { code: 'failed', message: 'Could not save "x.mmd": the disk is full.' },
      }),
    });
    showScreen();
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Mermaid source' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export…' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The export failed');
    expect(alert).toHaveTextContent('Could not save "x.mmd": the disk is full.');
  });

  it('exports every diagram of every view into one chosen folder, with progress and a summary', async () => {
    let written = 0;
    const studio = installFakeStudio({
      chooseExportFolder: () => ({
        ok: true,
        value: { folder: { id: 'grant-1', name: 'exports' } },
      }),
      exportToFolder: (): IpcResult<unknown> => {
        written += 1;
        return {
          ok: true,
          value: { path: `/x/${String(written)}`, name: `file-${String(written)}` },
        };
      },
    });
    showScreen();
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Mermaid source' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export all views…' }));
    const summary = await within(dialog).findByTestId('export-summary');
    const plan = sampleDocument().plan;
    const expected = DIAGRAM_VIEWS.flatMap((view) => {
      const { diagrams } = buildDiagram(plan, view);
      return diagrams.map((_, index) =>
        diagrams.length === 1 ? `${SLUG}-${view}.mmd` : `${SLUG}-${view}-${String(index + 1)}.mmd`,
      );
    });
    expect(summary).toHaveTextContent(`Wrote ${String(expected.length)} files to “exports”`);
    const requests = requestsTo(studio.invoke, 'exportToFolder') as {
      fileName: string;
      folderId: string;
    }[];
    expect(requests.map((request) => request.fileName)).toEqual(expected);
    expect(requests.every((request) => request.folderId === 'grant-1')).toBe(true);
  });
});
