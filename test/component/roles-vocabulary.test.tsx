import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { convertOpenPlan } from '../../renderer/src/state/conversion';
import { useDocumentStore } from '../../renderer/src/state/document-store';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { installFakeStudio } from './fake-studio';
import { openPlan, renderEditor, stubLayout } from './stream-support';

function matrixHeaders(): string[] {
  const matrix = screen.getByRole('table', { name: /Roles matrix/ });
  const head = matrix.querySelector('thead tr:nth-child(2)');
  if (!head) throw new Error('the matrix has no role header row');
  return [...head.querySelectorAll('th [aria-hidden]')].map((cell) => cell.textContent);
}

function pillsOf(rowIndex: number): string[] {
  const row = screen.getAllByTestId('stream-row')[rowIndex];
  if (!row) throw new Error(`no stream row ${String(rowIndex)}`);
  return [...row.querySelectorAll('.mantine-Pill-root[data-role]')].map((pill) => pill.textContent);
}

describe('the ITIL vocabulary switch', { timeout: 30_000 }, () => {
  beforeEach(() => {
    stubLayout();
    installFakeStudio({});
    openPlan();
    act(() => {
      convertOpenPlan();
    });
    useUiStore.setState({ section: 'streams' });
  });

  it('renames roles in the table, the pills and the matrix, and back', async () => {
    renderEditor(<App />);
    expect(matrixHeaders().slice(0, 10)).toEqual([
      'TPS',
      'ChM',
      'SACM',
      'R&DM',
      'SV&T',
      'CE',
      'KM',
      'SLM',
      'BRM',
      'CSI',
    ]);
    expect(pillsOf(4)).toEqual(['CSI', 'SLM', 'BRM', 'SO']);

    await userEvent.click(screen.getByRole('radio', { name: 'ITIL 4' }));
    expect(useUiStore.getState().vocabulary).toBe('itil4');
    expect(matrixHeaders().slice(0, 10)).toEqual([
      'TPS',
      'ChE',
      'SCM/ITAM',
      'RM/DM',
      'SV&T',
      'CE',
      'KM',
      'SLM',
      'BRM',
      'CI',
    ]);
    expect(pillsOf(4)).toEqual(['CI', 'SLM', 'BRM', 'SO']);
    const matrix = screen.getByRole('table', { name: /Roles matrix/ });
    expect(
      within(matrix).getByRole('checkbox', {
        name: 'Continual improvement owns “ELS & Continual Service Improvement”',
      }),
    ).toBeChecked();
    expect(within(matrix).getByText('Change enablement')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'ITIL v3' }));
    expect(pillsOf(4)).toEqual(['CSI', 'SLM', 'BRM', 'SO']);
  });

  it('leaves the plan as it was: role ids are stored, never names', async () => {
    renderEditor(<App />);
    const before = JSON.stringify(useDocumentStore.getState().plan);
    await userEvent.click(screen.getByRole('radio', { name: 'ITIL 4' }));
    expect(JSON.stringify(useDocumentStore.getState().plan)).toBe(before);
  });
});
