import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { useDocumentStore } from '../../renderer/src/state/document-store';
import { installFakeStudio, sampleDocument } from './fake-studio';
import { renderWithTheme } from './render';

function resetStore(): void {
  useDocumentStore.setState({ document: null, status: 'idle', lastError: null });
}

describe('App', () => {
  it('opens on the sample plan loaded through the bridge', async () => {
    resetStore();
    const studio = installFakeStudio({
      openSamplePlan: () => ({ ok: true, value: sampleDocument() }),
    });
    renderWithTheme(<App />);
    expect(await screen.findByTestId('plan-summary')).toHaveTextContent('2 deliveries · 27 items');
    expect(studio.invoke).toHaveBeenCalledWith('openSamplePlan', undefined);
  });

  it('keeps the open plan and shows the problems when opening a bad file fails', async () => {
    resetStore();
    installFakeStudio({
      openSamplePlan: () => ({ ok: true, value: sampleDocument() }),
      openPlan: () => ({
        ok: false,
        error: {
          code: 'invalid-plan',
          message: '"broken.transition" is not a valid plan.',
          problems: [{ path: 'title', message: 'Invalid input: expected string, received number' }],
        },
      }),
    });
    renderWithTheme(<App />);
    await screen.findByTestId('plan-summary');
    await userEvent.click(screen.getByRole('button', { name: 'Open…' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('"broken.transition" is not a valid plan.');
    expect(alert).toHaveTextContent('title: Invalid input: expected string, received number');
    expect(screen.getByTestId('plan-summary')).toHaveTextContent('27 items');
  });

  it('starts a blank plan on File › New', async () => {
    resetStore();
    const studio = installFakeStudio({
      openSamplePlan: () => ({ ok: true, value: sampleDocument() }),
    });
    renderWithTheme(<App />);
    await screen.findByTestId('plan-summary');
    act(() => {
      studio.emit('menuCommand', 'new');
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Untitled plan');
    expect(screen.getByTestId('plan-summary')).toHaveTextContent('0 deliveries · 0 items');
  });
});
