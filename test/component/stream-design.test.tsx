import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { StreamDesignScreen } from '../../renderer/src/features/stream-design/StreamDesignScreen';
import { convertOpenPlan } from '../../renderer/src/state/conversion';
import { useDocumentStore } from '../../renderer/src/state/document-store';
import { undoPlanEdit } from '../../renderer/src/state/history';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { currentPlan, openPlan, renderEditor, streamsOf, stubLayout } from './stream-support';

const CODE = '“Code objects checked in, tested & deployed”';
const HARDWARE = '“Hardware deliveries”';

function convertedSample(): void {
  openPlan();
  act(() => {
    convertOpenPlan();
  });
}

function stream(id: string) {
  const found = streamsOf().find((s) => s.id === id);
  if (!found) throw new Error(`no stream ${id}`);
  return found;
}

// Mantine's full inputs in jsdom take a few seconds per test on a shared two-core machine.
describe('StreamDesignScreen', { timeout: 30_000 }, () => {
  let layout: ReturnType<typeof stubLayout>;
  beforeEach(() => {
    layout = stubLayout();
  });

  it('explains an empty design and converts from there', async () => {
    openPlan();
    renderEditor(<StreamDesignScreen />);
    expect(screen.getByText('No stream design yet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Convert the packaged plan' }));
    expect(streamsOf()).toHaveLength(5);
    expect(screen.getAllByTestId('stream-row')).toHaveLength(5);
    expect(screen.getByTestId('stream-summary')).toHaveTextContent(
      '5 streams · 27 of 27 items traced',
    );
  });

  it('changes a cadence to another kind and its numbers, with inline validation', async () => {
    convertedSample();
    renderEditor(<StreamDesignScreen />);
    await userEvent.click(screen.getByRole('combobox', { name: `Cadence of ${CODE}` }));
    await userEvent.click(screen.getByRole('option', { name: 'Times a week' }));
    // Daily becomes the nearest weekly figure, not an arbitrary default.
    expect(stream('code').cadence).toEqual({ kind: 'timesPerWeek', min: 5, max: 5 });

    const fewest = screen.getByLabelText(`Fewest runs a week of ${CODE}`);
    await userEvent.clear(fewest);
    await userEvent.type(fewest, '6');
    expect(stream('code').cadence).toEqual({ kind: 'timesPerWeek', min: 6, max: 5 });
    const row = screen.getAllByTestId('stream-row')[0];
    if (!row) throw new Error('no first row');
    expect(within(row).getByRole('alert')).toHaveTextContent(
      'Most runs a week must not be less than min',
    );
    expect(within(row).getByLabelText(`Most runs a week of ${CODE}`)).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await userEvent.click(screen.getByRole('combobox', { name: `Cadence of ${HARDWARE}` }));
    await userEvent.click(screen.getByRole('option', { name: 'Every N days' }));
    const days = screen.getByLabelText(`Days between runs of ${HARDWARE}`);
    await userEvent.clear(days);
    await userEvent.type(days, '3');
    expect(stream('hardware').cadence).toEqual({ kind: 'everyNDays', n: 3 });
    expect(screen.getAllByTestId('cadence-label')[3]).toHaveTextContent('Every 3 days');
  });

  it('adds an owning role from the multi-select, named by abbreviation and full name', async () => {
    convertedSample();
    renderEditor(<StreamDesignScreen />);
    await userEvent.click(screen.getByRole('combobox', { name: `Roles owning ${CODE}` }));
    await userEvent.click(screen.getByRole('option', { name: /Service Validation and Testing/ }));
    expect(stream('code').roles).toEqual(['release-deployment', 'sacm', 'validation-testing']);
    const row = screen.getAllByTestId('stream-row')[0];
    if (!row) throw new Error('no first row');
    const pill = row.querySelector('.mantine-Pill-root[data-role="validation-testing"]');
    expect(pill).toHaveTextContent('SV&T');
  });

  it('takes the first matching role when Enter is pressed in the roles filter', async () => {
    convertedSample();
    renderEditor(<StreamDesignScreen />);
    const filter = screen.getByRole('combobox', { name: `Roles owning ${CODE}` });
    await userEvent.click(filter);
    await userEvent.type(filter, 'validation{Enter}');
    expect(stream('code').roles).toEqual(['release-deployment', 'sacm', 'validation-testing']);
  });

  it('switches an approval model and names its gate; the app’s conditions follow the model', async () => {
    convertedSample();
    const conditions = stream('hardware').approval?.conditions;
    renderEditor(<StreamDesignScreen />);
    await userEvent.click(
      screen.getByRole('button', { name: /^Approval of “Hardware deliveries”: Change authority/ }),
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Approval model' }));
    await userEvent.click(screen.getByRole('option', { name: 'Pre-authorised (standard change)' }));
    const gate = screen.getByLabelText('Gate that authorises the release');
    await userEvent.clear(gate);
    await userEvent.type(gate, 'Burn-in');
    expect(stream('hardware').approval).toMatchObject({ mode: 'preAuthorised', gate: 'Burn-in' });
    // The rule wrote the change-authority conditions, so they give way to a standard change's.
    expect(stream('hardware').approval?.conditions).not.toBe(conditions);
    expect(stream('hardware').approval?.conditions).toMatch(
      /^Standard change: each release passes /,
    );
    // Typing the gate was one undo step; the mode change is the one before it.
    undoPlanEdit();
    expect(stream('hardware').approval).toMatchObject({
      mode: 'preAuthorised',
      gate: 'Automated build and integration tests',
    });
  });

  it('toggles ownership in the roles matrix', async () => {
    convertedSample();
    renderEditor(<StreamDesignScreen />);
    const matrix = screen.getByRole('table', { name: /Roles matrix/ });
    await userEvent.click(
      within(matrix).getByRole('checkbox', {
        name: `Service Validation and Testing owns ${CODE}`,
      }),
    );
    expect(stream('code').roles).toContain('validation-testing');
    const release = within(matrix).getByRole('checkbox', {
      name: `Release and Deployment Management owns ${CODE}`,
    });
    expect(release).toBeChecked();
    await userEvent.click(release);
    expect(stream('code').roles).toEqual(['sacm', 'validation-testing']);
    expect(release).not.toBeChecked();
  });

  it('takes an item out of a stream and puts it back from the items popover', async () => {
    convertedSample();
    renderEditor(<StreamDesignScreen />);
    await userEvent.click(
      screen.getByRole('button', { name: `6 items in ${CODE}: show or change` }),
    );
    expect(screen.getAllByTestId('source-item')).toHaveLength(6);
    await userEvent.click(
      screen.getByRole('button', { name: `Take "Functional requirement a" out of ${CODE}` }),
    );
    expect(stream('code').sourceItemIds).not.toContain('fr-a');
    expect(screen.getAllByTestId('source-item')).toHaveLength(5);

    await userEvent.type(screen.getByRole('textbox', { name: 'Add an item' }), 'requirement a');
    expect(screen.getAllByTestId('addable-item')).toHaveLength(1);
    await userEvent.click(
      screen.getByRole('button', { name: `Add "Functional requirement a" to ${CODE}` }),
    );
    expect(stream('code').sourceItemIds).toContain('fr-a');
    expect(
      screen.getByRole('button', { name: `6 items in ${CODE}: show or change` }),
    ).toBeVisible();
  });

  it('names a trace to an item that is gone, next to the count, and lets it be taken out', async () => {
    convertedSample();
    act(() => {
      useDocumentStore.getState().editPlan((draft) => {
        draft.streamDesign?.streams[0]?.sourceItemIds.push('gone-item');
      });
    });
    renderEditor(<StreamDesignScreen />);
    const row = screen.getAllByTestId('stream-row')[0];
    if (!row) throw new Error('no first row');
    expect(row).toHaveTextContent('"gone-item" is not an item of the packaged plan');
    await userEvent.click(
      within(row).getByRole('button', { name: `7 items in ${CODE}: show or change` }),
    );
    expect(screen.getByText('No longer in the packaged plan')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: `Take "gone-item" out of ${CODE}` }));
    expect(stream('code').sourceItemIds).not.toContain('gone-item');
    expect(row).not.toHaveTextContent('is not an item of the packaged plan');
  });

  it('adds a stream by hand and removes a converted one after asking; undo restores it', async () => {
    convertedSample();
    renderEditor(<StreamDesignScreen />);
    await userEvent.click(screen.getByRole('button', { name: 'Add stream' }));
    expect(streamsOf().map((s) => s.name)).toContain('New stream');
    expect(screen.getAllByTestId('stream-row')).toHaveLength(6);

    await userEvent.click(screen.getByRole('button', { name: `Remove ${HARDWARE}` }));
    const dialog = screen.getByRole('dialog', { name: `Remove ${HARDWARE}?` });
    expect(dialog).toHaveTextContent('Its 5 items go back to unmapped');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove stream' }));
    expect(streamsOf().map((s) => s.id)).not.toContain('hardware');
    // Converting again must not bring back a stream the user removed.
    expect(currentPlan().streamDesign?.removedRuleIds).toEqual(['hardware']);

    act(() => {
      undoPlanEdit();
    });
    expect(streamsOf().map((s) => s.id)).toContain('hardware');
    expect(currentPlan().streamDesign?.removedRuleIds).toBeUndefined();
  });

  it('focuses the field a readiness link names, then forgets the target', () => {
    convertedSample();
    act(() => {
      useUiStore.getState().goToField({
        section: 'streams',
        path: 'streamDesign.streams[1].cadence.n',
      });
    });
    renderEditor(<StreamDesignScreen />);
    expect(document.activeElement).toBe(
      screen.getByLabelText(
        'Days between runs of “Knowledge updates created & tested for the new functional requirements”',
      ),
    );
    expect(layout.scrollIntoView).toHaveBeenCalled();
    expect(useUiStore.getState().focusTarget).toBeNull();
  });

  it('focuses the nearest field when the path points inside a closed popover', () => {
    convertedSample();
    act(() => {
      useUiStore.getState().goToField({
        section: 'streams',
        path: 'streamDesign.streams[0].approval.gate',
      });
    });
    renderEditor(<StreamDesignScreen />);
    expect(document.activeElement).toHaveAttribute('data-path', 'streamDesign.streams[0].approval');
  });
});
