import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult, PlanDocument, SnapshotSummary } from '../../core/contract/ipc/contract';
import { App } from '../../renderer/src/app/App';
import { FilesHost } from '../../renderer/src/features/files/FilesHost';
import { useFilesStore } from '../../renderer/src/features/files/files-store';
import { SNAPSHOT_INTERVAL_MS } from '../../renderer/src/features/files/use-recovery-snapshots';
import { useDocumentStore } from '../../renderer/src/state/document-store';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { DEFAULT_SETTINGS } from '../../core/contract/app-data/settings';
import { installFakeStudio, sampleDocument } from './fake-studio';
import { renderWithTheme } from './render';

const STAMP = { size: 100, mtimeMs: 1, sha256: 'a'.repeat(64) };
const NEW_STAMP = { size: 120, mtimeMs: 2, sha256: 'b'.repeat(64) };
const PATH = '/plans/payments.transition';
const GRANT = 'grant-payments';

function fileDocument(): PlanDocument {
  return {
    plan: sampleDocument().plan,
    source: { kind: 'file', name: 'payments.transition', grant: GRANT, path: PATH, stamp: STAMP },
  };
}

const ok =
  <T,>(value: T) =>
  (): IpcResult<T> => ({ ok: true, value });

function resetStores(): void {
  useDocumentStore.getState().closeDocument();
  useDocumentStore.setState({ status: 'idle', lastError: null });
  useFilesStore.setState(useFilesStore.getInitialState(), true);
}

function renderApp() {
  return renderWithTheme(
    <>
      <App />
      <FilesHost />
    </>,
  );
}

function editTitle(title: string): void {
  act(() => {
    useDocumentStore.getState().editPlan((draft) => {
      draft.title = title;
    });
  });
}

function callsOf(transport: { mock: { calls: unknown[][] } }, channel: string): unknown[] {
  // buildStudioApi passes the request as the second argument; the fake only names the first.
  return transport.mock.calls.filter(([name]) => name === channel).map((call) => call[1]);
}

const background = {
  takeStartupState: ok({ notices: [], fileOpened: null }),
  listRecoverableSnapshots: ok({ snapshots: [] }),
  listRecentFiles: ok({ files: [] }),
  putSnapshot: ok({ savedAt: '2026-11-27T10:00:00.000Z' }),
  discardSnapshot: ok({ discarded: true }),
};

beforeEach(resetStores);
afterEach(() => {
  vi.useRealTimers();
});

describe('saving', () => {
  it('saves with Ctrl+S to the document’s file, with the stamp it was opened at', async () => {
    const studio = installFakeStudio({
      ...background,
      savePlan: ok({ saved: { source: { ...fileDocument().source, stamp: NEW_STAMP } } }),
    });
    useDocumentStore.getState().openDocument(fileDocument());
    renderApp();
    editTitle('Payments, revised');
    expect(screen.getByTestId('status-saved')).toHaveTextContent('Unsaved changes');
    await userEvent.keyboard('{Control>}s{/Control}');
    await waitFor(() => {
      expect(screen.getByTestId('status-saved')).toHaveTextContent('Saved');
    });
    const [request] = callsOf(studio.invoke, 'savePlan') as {
      grant: string;
      plan: { title: string };
    }[];
    // The page names the file by its grant; main knows the path and the version it read.
    expect(Object.keys(request ?? {}).sort()).toEqual(['grant', 'plan']);
    expect(request?.grant).toBe(GRANT);
    expect(request?.plan.title).toBe('Payments, revised');
    expect(useDocumentStore.getState().source).toMatchObject({ stamp: NEW_STAMP });
  });

  it('asks reload / overwrite / save as on a conflict, and Overwrite saves anyway', async () => {
    let saves = 0;
    const studio = installFakeStudio({
      ...background,
      savePlan: () => {
        saves += 1;
        return saves === 1
          ? {
              ok: true,
              value: {
                conflict: {
                  reason: 'changed',
                  path: PATH,
                  name: 'payments.transition',
                  message:
                    '"payments.transition" was changed by another program since it was opened.',
                },
              },
            }
          : {
              ok: true,
              value: { saved: { source: { ...fileDocument().source, stamp: NEW_STAMP } } },
            };
      },
    });
    useDocumentStore.getState().openDocument(fileDocument());
    renderApp();
    editTitle('Mine');
    act(() => {
      studio.emit('menuCommand', 'save');
    });
    const dialog = await screen.findByRole('dialog', {
      name: '“payments.transition” changed on disk',
    });
    expect(dialog).toHaveTextContent('was changed by another program');
    expect(within(dialog).getByRole('button', { name: 'Reload theirs' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save As…' })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Overwrite' }));
    await waitFor(() => {
      expect(screen.getByTestId('status-saved')).toHaveTextContent('Saved');
    });
    expect(callsOf(studio.invoke, 'savePlan')[1]).toMatchObject({ overwrite: true });
  });

  it('saves an untitled plan through Save As with a name made from its title', async () => {
    const studio = installFakeStudio({ ...background, savePlanAs: ok({ cancelled: true }) });
    useDocumentStore.getState().openDocument({
      plan: { ...sampleDocument().plan, title: 'Q3: payments / cards' },
      source: { kind: 'new', name: 'Untitled' },
    });
    renderApp();
    await userEvent.keyboard('{Control>}s{/Control}');
    await waitFor(() => {
      expect(callsOf(studio.invoke, 'savePlanAs')).toHaveLength(1);
    });
    expect(callsOf(studio.invoke, 'savePlanAs')[0]).toMatchObject({
      suggestedName: 'Q3 payments cards.transition',
    });
  });
});

describe('closing with unsaved changes', () => {
  it.each([
    ['Don’t Save', true],
    ['Cancel', false],
  ])('answers main after %s', async (button, proceed) => {
    const studio = installFakeStudio(background);
    useDocumentStore.getState().openDocument(fileDocument());
    renderApp();
    editTitle('Unsaved');
    act(() => {
      studio.emit('closeRequested', { quitting: false });
    });
    const dialog = await screen.findByRole('dialog', {
      name: 'Save the changes to “payments.transition” before closing?',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: button }));
    await waitFor(() => {
      expect(callsOf(studio.send, 'answerCloseRequest')).toEqual([{ proceed }]);
    });
  });

  it('asks before File › New replaces a plan with unsaved changes', async () => {
    const studio = installFakeStudio(background);
    useDocumentStore.getState().openDocument(fileDocument());
    renderApp();
    editTitle('Unsaved');
    act(() => {
      studio.emit('menuCommand', 'new');
    });
    const dialog = await screen.findByRole('dialog', {
      name: 'Save the changes to “payments.transition” before opening another plan?',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(useDocumentStore.getState().plan?.title).toBe('Unsaved');
  });
});

describe('the window and the recovery copies', () => {
  it('shows the name and an unsaved mark in the title, and tells main', async () => {
    const studio = installFakeStudio(background);
    useDocumentStore.getState().openDocument(fileDocument());
    renderApp();
    expect(document.title).toBe('payments.transition — Transition Studio');
    editTitle('Edited');
    expect(document.title).toBe('● payments.transition — Transition Studio');
    await waitFor(() => {
      expect(callsOf(studio.send, 'reportDocumentState').at(-1)).toEqual({
        name: 'payments.transition',
        dirty: true,
        grant: GRANT,
        // For the Edit menu: an edit made without a name is undone as "Undo Edit".
        undo: 'Edit',
        redo: null,
      });
    });
  });

  it('copies unsaved changes at most every ten seconds, and at once on blur', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const studio = installFakeStudio(background);
    useDocumentStore.getState().openDocument(fileDocument());
    renderApp();
    editTitle('One');
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(callsOf(studio.invoke, 'putSnapshot')).toHaveLength(1);
    editTitle('Two');
    editTitle('Three');
    await act(() => vi.advanceTimersByTimeAsync(SNAPSHOT_INTERVAL_MS / 2));
    expect(callsOf(studio.invoke, 'putSnapshot')).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(SNAPSHOT_INTERVAL_MS / 2));
    const puts = callsOf(studio.invoke, 'putSnapshot') as { planText: string; title: string }[];
    expect(puts).toHaveLength(2);
    expect(JSON.parse(puts[1]?.planText ?? '{}')).toMatchObject({ title: 'Three' });
    editTitle('Four');
    act(() => {
      window.dispatchEvent(new Event('blur'));
    });
    await waitFor(() => {
      expect(callsOf(studio.invoke, 'putSnapshot')).toHaveLength(3);
    });
  });

  it('drops a copy that was still on its way when the plan became clean', async () => {
    let arrive: (() => void) | undefined;
    const studio = installFakeStudio({
      ...background,
      putSnapshot: () =>
        new Promise((resolve) => {
          arrive = () => {
            resolve({ ok: true, value: { savedAt: '2026-11-27T10:00:00.000Z' } });
          };
        }),
    });
    useDocumentStore.getState().openDocument(fileDocument());
    renderApp();
    editTitle('One');
    await waitFor(() => {
      expect(callsOf(studio.invoke, 'putSnapshot')).toHaveLength(1);
    });
    act(() => {
      useDocumentStore.temporal.getState().undo();
    });
    expect(callsOf(studio.invoke, 'discardSnapshot')).toHaveLength(0);
    arrive?.();
    // Otherwise the copy outlives the clean plan and the next start offers to "recover" it.
    await waitFor(() => {
      expect(callsOf(studio.invoke, 'discardSnapshot')).toHaveLength(1);
    });
  });

  it('drops the copy when the changes are undone back to the saved plan', async () => {
    const studio = installFakeStudio(background);
    useDocumentStore.getState().openDocument(fileDocument());
    renderApp();
    editTitle('One');
    await waitFor(() => {
      expect(callsOf(studio.invoke, 'putSnapshot')).toHaveLength(1);
    });
    act(() => {
      useDocumentStore.temporal.getState().undo();
    });
    await waitFor(() => {
      expect(callsOf(studio.invoke, 'discardSnapshot')).toHaveLength(1);
    });
  });

  it('offers the unsaved plans of a crashed run, and Restore brings the edits back unsaved', async () => {
    const snapshot: SnapshotSummary = {
      id: 'abc-1',
      title: 'Payments with unsaved edits',
      source: fileDocument().source,
      savedAt: new Date().toISOString(),
      openedAt: '2026-11-27T09:00:00.000Z',
    };
    const restored = { ...fileDocument(), plan: { ...fileDocument().plan, title: 'Recovered' } };
    const studio = installFakeStudio({
      ...background,
      listRecoverableSnapshots: ok({ snapshots: [snapshot] }),
      restoreSnapshot: ok({ document: restored, savedAt: snapshot.savedAt }),
    });
    renderApp();
    const dialog = await screen.findByRole('dialog', { name: 'Recover unsaved changes' });
    expect(dialog).toHaveTextContent('Payments with unsaved edits');
    expect(dialog).toHaveTextContent(PATH);
    expect(dialog).toHaveTextContent(/Last copied today at \d\d:\d\d/u);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Restore Payments with unsaved edits' }),
    );
    await waitFor(() => {
      expect(useDocumentStore.getState().plan?.title).toBe('Recovered');
    });
    expect(screen.getByTestId('status-saved')).toHaveTextContent('Unsaved changes');
    expect(callsOf(studio.invoke, 'restoreSnapshot')).toEqual([{ id: 'abc-1' }]);
    // Later copies replace the one it came from.
    await waitFor(() => {
      expect(callsOf(studio.invoke, 'putSnapshot').at(-1)).toMatchObject({ id: 'abc-1' });
    });
  });
});

describe('recent files and opening', () => {
  it('lists the recent files on the start screen and opens one', async () => {
    const studio = installFakeStudio({
      ...background,
      listRecentFiles: ok({
        files: [
          {
            path: PATH,
            name: 'payments.transition',
            openedAt: '2026-11-27T10:00:00Z',
            grant: GRANT,
            missing: false,
          },
        ],
      }),
      openRecent: ok({ document: fileDocument() }),
    });
    renderApp();
    const entry = await screen.findByTestId('recent-file');
    expect(entry).toHaveTextContent('payments.transition');
    expect(entry).toHaveTextContent('/plans');
    await userEvent.click(entry);
    await waitFor(() => {
      expect(useDocumentStore.getState().source).toMatchObject({ path: PATH });
    });
    expect(callsOf(studio.invoke, 'openRecent')).toEqual([{ grant: GRANT }]);
  });

  it('shows a file main opened for the OS at start, without asking main again', async () => {
    const studio = installFakeStudio({
      ...background,
      takeStartupState: ok({ notices: [], fileOpened: { document: fileDocument() } }),
    });
    renderApp();
    await waitFor(() => {
      expect(useDocumentStore.getState().source).toMatchObject({ path: PATH });
    });
    expect(callsOf(studio.invoke, 'openFile')).toEqual([]);
  });

  it('says why a file the Open Recent menu asked for could not be opened, and keeps the plan', async () => {
    const studio = installFakeStudio(background);
    useDocumentStore.getState().openDocument(fileDocument());
    renderApp();
    act(() => {
      studio.emit('fileOpened', {
        name: 'gone.transition',
        error: {
          code: 'file-unreadable',
          message: 'Could not open “gone.transition”: it is gone.',
        },
      });
    });
    expect(await screen.findByText('Could not open “gone.transition”: it is gone.')).toBeVisible();
    expect(useDocumentStore.getState().source).toMatchObject({ path: PATH });
  });
});

describe('settings', () => {
  it('applies the stored appearance at start and keeps a change', async () => {
    useUiStore.setState({ colorScheme: 'system', vocabulary: 'itil3' });
    const studio = installFakeStudio({
      ...background,
      getSettings: ok({ ...DEFAULT_SETTINGS, theme: 'dark', vocabulary: 'itil4' }),
      updateSettings: ok(DEFAULT_SETTINGS),
    });
    renderApp();
    await waitFor(() => {
      expect(useUiStore.getState().colorScheme).toBe('dark');
    });
    expect(useUiStore.getState().vocabulary).toBe('itil4');
    act(() => {
      useUiStore.getState().setColorScheme('light');
    });
    await waitFor(() => {
      expect(callsOf(studio.invoke, 'updateSettings')).toEqual([
        { theme: 'light', vocabulary: 'itil4' },
      ]);
    });
  });
});
