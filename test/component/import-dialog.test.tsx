import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportCell } from '../../core/import/table';
import { App } from '../../renderer/src/app/App';
import { undoPlanEdit } from '../../renderer/src/state/history';
import { useDocumentStore } from '../../renderer/src/state/document-store';
import { useImportStore } from '../../renderer/src/features/import/import-store';
import { installFakeStudio, sampleDocument } from './fake-studio';
import { renderWithTheme } from './render';

function fileOf(rows: ImportCell[][], name = 'plan.csv') {
  return {
    ok: true as const,
    value: {
      file: {
        name,
        table: {
          source: name,
          notices: [],
          rows: rows.map((cells, i) => ({ number: i + 1, cells })),
        },
      },
    },
  };
}

beforeEach(() => {
  useDocumentStore.getState().closeDocument();
  useImportStore.getState().close();
});

// Renders the whole app with the example plan: slow on a busy machine, so a roomier limit.
describe('File › Import…', { timeout: 30_000 }, () => {
  it('previews the rows, lists every unreadable row, lets a column be mapped, and imports a new plan', async () => {
    installFakeStudio({
      chooseImportFile: () =>
        fileOf([
          ['Paket', 'Go-live', 'Type', 'Title'],
          ['P1', '2027-06-30', 'FR', 'Login'],
          ['P1', '2027-06-30', 'Wish', 'Unknown kind'],
          ['P1', '2027-06-30', 'NFR', 'Latency'],
        ]),
    });
    renderWithTheme(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'Import a spreadsheet…' }));
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Import plan.csv' },
      { timeout: 10_000 },
    );
    expect(within(dialog).getByRole('table', { name: 'Columns and first rows' })).toHaveTextContent(
      'Login',
    );
    const problems = within(dialog).getByRole('list', { name: 'Rows that cannot be read' });
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^Row 3: gives "Wish" as the kind/) as unknown as string,
      'Row 4: needs a target % for a non-functional requirement in the "Target %" column.',
    ]);
    // "Paket" is no header anyone recognises: kept as a custom field until the user maps it.
    const paket = within(dialog).getByRole('combobox', { name: 'Column "Paket" is' });
    expect(paket).toHaveValue('custom');
    await userEvent.selectOptions(paket, 'delivery');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Import the 1 readable row' }),
    );
    const plan = useDocumentStore.getState().plan;
    expect(plan?.packagedPlan.deliveries).toEqual([
      {
        id: 'd1',
        name: 'P1',
        date: '2027-06-30',
        items: [{ id: 'i1', kind: 'functional', title: 'Login' }],
      },
    ]);
    expect(screen.queryByRole('dialog', { name: 'Import plan.csv' })).toBeNull();
  });

  it('updates the open plan by id as one undo step', async () => {
    const studio = installFakeStudio({
      chooseImportFile: () =>
        fileOf([
          ['Delivery id', 'Delivery', 'Go-live date', 'Id', 'Kind', 'Title'],
          ['d1', 'Delivery 1', '2027-06-30', 'fr-a', 'FR', 'Renamed a'],
        ]),
    });
    useDocumentStore.getState().openDocument(sampleDocument());
    renderWithTheme(<App />);
    await screen.findByTestId('plan-summary');
    act(() => {
      studio.emit('menuCommand', 'import');
    });
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Import plan.csv' },
      { timeout: 10_000 },
    );
    expect(dialog).toHaveTextContent('1 row: 0 items to add, 1 to update by id');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(screen.getByTestId('plan-summary')).toHaveTextContent('27 items');
    const title = () =>
      useDocumentStore
        .getState()
        .plan?.packagedPlan.deliveries[0]?.items.find((i) => i.id === 'fr-a')?.title;
    expect(title()).toBe('Renamed a');
    act(() => {
      undoPlanEdit();
    });
    expect(title()).toBe('Functional requirement a');
  });
});
