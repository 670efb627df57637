import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { IpcResult, PlanDocument } from '../../core/contract/ipc/contract';
import { validatePlanData } from '../../core/plan/references';
import { App } from '../../renderer/src/app/App';
import { ReadinessScreen } from '../../renderer/src/features/readiness/ReadinessScreen';
import { FilesHost } from '../../renderer/src/features/files/FilesHost';
import { useFilesStore } from '../../renderer/src/features/files/files-store';
import { useDocumentStore } from '../../renderer/src/state/document-store';
import { currentEditLabels, undoPlanEdit } from '../../renderer/src/state/history';
import { installFakeStudio, sampleDocument } from './fake-studio';
import { withStaleTraces } from '../support/stale-traces';
import { renderWithTheme } from './render';

const REFUSAL =
  'Not saved: 2 problems in the plan must be fixed first. The plan is still open and nothing on disk was changed.';

/** The sample plan as a file whose stream traces "fr-a" and two items it no longer has. */
function staleDocument(): PlanDocument {
  const { plan } = sampleDocument();
  return {
    plan: withStaleTraces(plan, ['gone-1', 'gone-2']),
    source: { kind: 'file', name: 'stale.transition', grant: 'g', path: '/plans/stale.transition' },
  };
}

const traces = () => useDocumentStore.getState().plan?.streamDesign?.streams[0]?.sourceItemIds;

/** Main's answer to a save: refused with the validator's problems while the plan has them. */
function saveAsMainWould(): IpcResult<unknown> {
  const plan = useDocumentStore.getState().plan;
  const checked = validatePlanData(plan);
  if (checked.ok) return { ok: true, value: { saved: { source: staleDocument().source } } };
  return {
    ok: false,
    error: { code: 'invalid-plan', message: REFUSAL, problems: checked.problems },
  };
}

beforeEach(() => {
  useDocumentStore.getState().closeDocument();
  useDocumentStore.setState({ status: 'idle', lastError: null });
  useFilesStore.setState(useFilesStore.getInitialState(), true);
  installFakeStudio({
    takeStartupState: () => ({ ok: true, value: { notices: [], fileOpened: null } }),
    listRecoverableSnapshots: () => ({ ok: true, value: { snapshots: [] } }),
    listRecentFiles: () => ({ ok: true, value: { files: [] } }),
    putSnapshot: () => ({ ok: true, value: { savedAt: '2026-11-27T10:00:00.000Z' } }),
    discardSnapshot: () => ({ ok: true, value: { discarded: true } }),
    savePlan: saveAsMainWould,
  });
  useDocumentStore.getState().openDocument(staleDocument());
});

describe('a plan whose streams trace items it no longer has', () => {
  it('a refused save offers to take the stale traces out in one undoable step', async () => {
    renderWithTheme(
      <>
        <App />
        <FilesHost />
      </>,
    );
    act(() => {
      useDocumentStore.getState().editPlan((draft) => {
        draft.title = 'Edited';
      });
    });
    await userEvent.keyboard('{Control>}s{/Control}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(REFUSAL);
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Stream "Code" › Items: "gone-1" is not an item of the packaged plan',
      'Stream "Code" › Items: "gone-2" is not an item of the packaged plan',
    ]);
    expect(screen.getByTestId('status-saved')).toHaveTextContent('Unsaved changes');

    await userEvent.click(
      within(alert).getByRole('button', {
        name: 'Take out the 2 traces to items no longer in the plan',
      }),
    );
    expect(traces()).toEqual(['fr-a']);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(currentEditLabels().undo).toBe('Take out traces to items no longer in the plan');

    await userEvent.keyboard('{Control>}s{/Control}');
    await waitFor(() => {
      expect(screen.getByTestId('status-saved')).toHaveTextContent('Saved');
    });
    act(() => {
      undoPlanEdit();
    });
    expect(traces()).toEqual(['fr-a', 'gone-1', 'gone-2']);
    expect(useDocumentStore.getState().plan?.title).toBe('Edited');
  });

  it('readiness offers the same repair above the problems, and no repair once there is nothing stale', async () => {
    renderWithTheme(<ReadinessScreen />);
    const problems = screen.getByRole('region', { name: 'Problems in the plan (2)' });
    await userEvent.click(
      within(problems).getByRole('button', {
        name: 'Take out the 2 traces to items no longer in the plan',
      }),
    );
    expect(traces()).toEqual(['fr-a']);
    expect(screen.queryByRole('region', { name: /Problems in the plan/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Take out/ })).toBeNull();
  });
});
