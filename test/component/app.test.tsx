import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { useDocumentStore } from '../../renderer/src/state/document-store';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { installFakeStudio, sampleDocument } from './fake-studio';
import { renderWithTheme } from './render';

function resetStores(): void {
  useDocumentStore.getState().closeDocument();
  useDocumentStore.setState({ status: 'idle', lastError: null });
  useUiStore.setState({ section: 'packaged' });
}

describe('App', () => {
  beforeEach(resetStores);

  it('starts on the start screen and opens the example through the bridge', async () => {
    const studio = installFakeStudio({
      openSamplePlan: () => ({ ok: true, value: sampleDocument() }),
    });
    renderWithTheme(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Open the example' }));
    expect(await screen.findByTestId('plan-summary')).toHaveTextContent('2 deliveries · 27 items');
    expect(studio.invoke).toHaveBeenCalledWith('openSamplePlan', undefined);
    expect(screen.getByTestId('status-saved')).toHaveTextContent('Saved');
  });

  it('keeps the open plan and shows the problems when opening a bad file fails', async () => {
    installFakeStudio({
      openPlan: () => ({
        ok: false,
        error: {
          code: 'invalid-plan',
          message: '"broken.transition" is not a valid plan.',
          problems: [{ path: 'title', message: 'Invalid input: expected string, received number' }],
        },
      }),
    });
    useDocumentStore.getState().openDocument(sampleDocument());
    renderWithTheme(<App />);
    await screen.findByTestId('plan-summary');
    act(() => {
      void useDocumentStore.getState().openFromDisk();
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('"broken.transition" is not a valid plan.');
    expect(alert).toHaveTextContent('title: Invalid input: expected string, received number');
    expect(screen.getByTestId('plan-summary')).toHaveTextContent('27 items');
  });

  it('names a bad file’s problems as the editor names the field, with the bad value', async () => {
    installFakeStudio({
      openPlan: () => ({
        ok: false,
        error: {
          code: 'invalid-plan',
          message: '"waves.transition" is not a valid plan.',
          problems: [
            {
              path: 'packagedPlan.deliveries[0].date',
              message: 'must be a date that exists in the calendar (found text "2027-02-31")',
              place: 'Delivery "Wave 1" › Go-live date',
            },
          ],
        },
      }),
    });
    useDocumentStore.getState().openDocument(sampleDocument());
    renderWithTheme(<App />);
    await screen.findByTestId('plan-summary');
    act(() => {
      void useDocumentStore.getState().openFromDisk();
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'Delivery "Wave 1" › Go-live date: must be a date that exists in the calendar (found text "2027-02-31")',
    );
    expect(alert).not.toHaveTextContent('packagedPlan.deliveries[0].date');
  });

  it('starts a blank plan on File › New', async () => {
    const studio = installFakeStudio({});
    useDocumentStore.getState().openDocument(sampleDocument());
    renderWithTheme(<App />);
    await screen.findByTestId('plan-summary');
    act(() => {
      studio.emit('menuCommand', 'new');
    });
    // A new plan starts where a plan starts: its strategy.
    expect(useUiStore.getState().section).toBe('strategy');
    expect(useDocumentStore.getState().plan?.title).toBe('Untitled plan');
    expect(useDocumentStore.getState().plan?.packagedPlan.deliveries).toEqual([]);
  });

  it('moves between sections from the sidebar and with Alt+number', async () => {
    installFakeStudio({});
    useDocumentStore.getState().openDocument(sampleDocument());
    renderWithTheme(<App />);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    await userEvent.click(within(nav).getByRole('button', { name: /Readiness/ }));
    expect(within(nav).getByRole('button', { name: /Readiness/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await userEvent.keyboard('{Alt>}2{/Alt}');
    expect(useUiStore.getState().section).toBe('packaged');
  });

  it('converts from the menu and shows the review; undo takes the conversion back', async () => {
    const studio = installFakeStudio({});
    const document = sampleDocument();
    delete document.plan.streamDesign;
    useDocumentStore.getState().openDocument(document);
    renderWithTheme(<App />);
    act(() => {
      studio.emit('menuCommand', 'convert');
    });
    expect(useUiStore.getState().section).toBe('review');
    expect(useDocumentStore.getState().plan?.streamDesign?.streams).toHaveLength(5);
    expect(screen.getByTestId('status-saved')).toHaveTextContent('Unsaved changes');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useDocumentStore.getState().plan?.streamDesign).toBeUndefined();
    expect(screen.getByTestId('status-saved')).toHaveTextContent('Saved');
  });
});
