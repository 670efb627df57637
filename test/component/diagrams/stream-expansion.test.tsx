import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DIAGRAM_VIEW_TITLES } from '../../../core/diagrams';
import { sharedSvgCache } from '../../../renderer/src/diagrams/svg-cache';
import { DiagramsScreen } from '../../../renderer/src/features/diagrams';
import { useExportDialog } from '../../../renderer/src/features/diagrams/export-request';
import { useDocumentStore } from '../../../renderer/src/state/document-store';
import { installFakeStudio, sampleDocument } from '../fake-studio';
import { mermaidMock } from './mermaid-mock';

vi.mock('mermaid', async () => (await import('./mermaid-mock')).mermaidMock.module);

/** What the stream view shows (the scripted Mermaid draws its source as the SVG's text). */
const lastDrawn = (): string => screen.getByTestId('diagram-panel-streams').textContent;

beforeEach(() => {
  mermaidMock.reset();
  sharedSvgCache.clear();
  useExportDialog.setState({ opened: false, diagramIndex: 0 });
  useDocumentStore.getState().openDocument(sampleDocument());
});

async function showStreamView() {
  installFakeStudio({});
  render(
    <MantineProvider env="test" forceColorScheme="light">
      <DiagramsScreen />
    </MantineProvider>,
  );
  await userEvent.click(screen.getByRole('radio', { name: DIAGRAM_VIEW_TITLES.streams }));
  await waitFor(() => expect(lastDrawn()).toContain('Functional requirements a–c (3)'));
}

describe('the grouped stream view in the Diagrams screen', () => {
  it('opens a group to its items and groups it again', async () => {
    await showStreamView();
    await userEvent.click(screen.getByRole('combobox', { name: 'Show the items of' }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Delivery 1 · Functional requirements a–c (3)' }),
    );
    await waitFor(() => expect(lastDrawn()).toContain('Functional requirement b'));
    expect(lastDrawn()).not.toContain('Functional requirements a–c (3)');
    expect(lastDrawn()).toContain('Functional requirements d–f (3)');

    await userEvent.click(screen.getByRole('button', { name: 'Group again' }));
    await waitFor(() => expect(lastDrawn()).toContain('Functional requirements a–c (3)'));
  }, 30_000);

  it('opens every group a stream carries', async () => {
    await showStreamView();
    await userEvent.click(screen.getByRole('combobox', { name: 'Show the items of' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Hardware deliveries' }));
    await waitFor(() => expect(lastDrawn()).toContain('Load balancer'));
    expect(lastDrawn()).toContain('DB server');
    expect(lastDrawn()).toContain('Functional requirements a–c (3)');
  }, 30_000);

  it('is offered on the stream view only', async () => {
    await showStreamView();
    expect(screen.getByRole('combobox', { name: 'Show the items of' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: DIAGRAM_VIEW_TITLES.packaged }));
    expect(screen.queryByRole('combobox', { name: 'Show the items of' })).toBeNull();
  }, 30_000);
});
