import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../core/plan/schema';
import { ConversionReviewScreen } from '../../renderer/src/features/conversion-review/ConversionReviewScreen';
import { convertOpenPlan } from '../../renderer/src/state/conversion';
import { useDocumentStore } from '../../renderer/src/state/document-store';
import { openPlan, renderEditor, streamsOf, stubLayout } from './stream-support';

function convert(): void {
  act(() => {
    convertOpenPlan();
  });
}

function traceRow(itemId: string): HTMLElement {
  const row = screen
    .getAllByTestId('trace-row')
    .find((candidate) => candidate.dataset.itemId === itemId);
  if (!row) throw new Error(`no trace row for ${itemId}`);
  return row;
}

function metricsRow(figure: string): string[] {
  const table = screen.getByTestId('metrics-table');
  const header = within(table).getByRole('rowheader', { name: figure });
  const row = header.closest('tr');
  if (!row) throw new Error(`no metrics row ${figure}`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('ConversionReviewScreen', { timeout: 30_000 }, () => {
  beforeEach(() => {
    stubLayout();
  });

  it('before any conversion, shows what the rules propose, traced, with the figures', () => {
    openPlan();
    renderEditor(<ConversionReviewScreen />);
    expect(screen.getByTestId('review-proposed')).toHaveTextContent('Not converted yet');
    expect(screen.getByTestId('review-summary')).toHaveTextContent(
      '5streams27packaged items0in no stream',
    );
    expect(metricsRow('Releases into production (count)')[0]).toBe('2');
    expect(metricsRow('Early life support (days)')[0]).toBe('20 (5 + 15)');
    // One deploy a working day is DORA 2023's high band; elite needs several a day.
    expect(metricsRow('DORA deployment frequency (2023 report)')[1]).toMatch(
      /^high: between once a day and once a week/,
    );
  });

  it('traces every item of the converted plan, grouped by delivery, with a check per stream', () => {
    openPlan();
    convert();
    renderEditor(<ConversionReviewScreen />);
    expect(screen.getByTestId('review-last-conversion')).toHaveTextContent('Converted at');
    expect(screen.getByTestId('unmapped-count')).toHaveTextContent('0in no stream');
    const matrix = screen.getByRole('table', { name: /Traceability/ });
    const head = matrix.querySelector('thead');
    if (!head) throw new Error('the matrix has no header');
    expect(
      within(head)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Packaged item', 'Kind', ...streamsOf().map((stream) => stream.name)]);
    expect(within(matrix).getByText('30 Jun 2027 · 14 items')).toBeInTheDocument();
    expect(screen.getAllByTestId('trace-row')).toHaveLength(27);
    // A functional requirement: the code stream and the knowledge stream.
    expect(within(traceRow('fr-a')).getAllByText('traced')).toHaveLength(2);
    expect(within(traceRow('hw-db')).getAllByText('traced')).toHaveLength(1);
  });

  it('assigns an item no rule takes to a stream with one choice', async () => {
    openPlan((plan) => {
      const other: Item = { id: 'vendor', kind: 'other', title: 'Vendor contract signed' };
      plan.packagedPlan.deliveries[0]?.items.push(other);
    });
    convert();
    renderEditor(<ConversionReviewScreen />);
    const table = screen.getByTestId('unmapped-table');
    const row = within(table).getByTestId('unmapped-row');
    expect(row).toHaveTextContent('Vendor contract signed');
    expect(row).toHaveTextContent('No conversion rule takes items of kind "other"');
    expect(traceRow('vendor')).toHaveAttribute('data-unmapped', 'true');

    await userEvent.click(
      within(row).getByRole('combobox', { name: 'Assign "Vendor contract signed" to a stream' }),
    );
    await userEvent.click(screen.getByRole('option', { name: 'Hardware deliveries' }));
    expect(streamsOf().find((s) => s.id === 'hardware')?.sourceItemIds).toContain('vendor');
    expect(screen.queryByTestId('unmapped-table')).not.toBeInTheDocument();
    expect(screen.getByTestId('unmapped-count')).toHaveTextContent('0in no stream');
    expect(traceRow('vendor')).not.toHaveAttribute('data-unmapped');
  });

  it('after a re-conversion, lists what changed and keeps the hand edit', () => {
    openPlan();
    convert();
    const { editPlan } = useDocumentStore.getState();
    act(() => {
      editPlan((draft) => {
        const code = draft.streamDesign?.streams.find((s) => s.id === 'code');
        if (code) code.cadence = { kind: 'timesPerWeek', min: 2, max: 3 };
        draft.packagedPlan.deliveries[1]?.items.push({
          id: 'fr-g',
          kind: 'functional',
          title: 'Functional requirement g',
        });
      });
    });
    convert();
    renderEditor(<ConversionReviewScreen />);
    expect(screen.getByTestId('review-last-conversion')).toHaveTextContent('Re-converted at');
    const summary = screen.getByTestId('change-summary');
    expect(summary).not.toHaveTextContent(/\d added/);
    expect(summary).toHaveTextContent('1 edited');
    expect(summary).toHaveTextContent('4 converted');
    const change = (id: string) =>
      within(summary)
        .getAllByTestId('stream-change')
        .find((entry) => entry.dataset.streamId === id) ?? summary;
    expect(within(change('code')).getByText('edited')).toBeInTheDocument();
    expect(within(change('code')).getByTestId('edits-kept')).toHaveTextContent(
      'Your edits kept: cadence: 2–3 times a week',
    );
    expect(within(change('code')).getByTestId('items-added')).toHaveTextContent(
      'Items added: Functional requirement g',
    );
    expect(within(change('knowledge')).getByText('converted')).toBeInTheDocument();
    expect(within(change('knowledge')).getByTestId('items-added')).toHaveTextContent(
      'Functional requirement g',
    );
    expect(streamsOf().find((s) => s.id === 'code')?.cadence).toEqual({
      kind: 'timesPerWeek',
      min: 2,
      max: 3,
    });
    const row = traceRow('fr-g');
    expect(row).toHaveAttribute('data-new', 'true');
    expect(within(row).getAllByText('traced')).toHaveLength(2);
  });

  it('puts only the rows in view into the page for a large plan', () => {
    openPlan((plan) => {
      plan.packagedPlan.deliveries = Array.from({ length: 40 }, (_, d) => ({
        id: `d${String(d)}`,
        name: `Delivery ${String(d + 1)}`,
        date: `2027-${String((d % 12) + 1).padStart(2, '0')}-15`,
        items: Array.from({ length: 100 }, (_, i): Item => ({
          id: `d${String(d)}-fr${String(i)}`,
          kind: 'functional',
          title: `Requirement ${String(d)}.${String(i)}`,
        })),
      }));
    });
    convert();
    renderEditor(<ConversionReviewScreen />);
    const matrix = screen.getByRole('table', { name: /Traceability/ });
    expect(matrix).toHaveAttribute('aria-rowcount', String(4000 + 40 + 1));
    const rendered = screen.getAllByTestId('trace-row').length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(100);
  });
});
