import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../core/plan/new-plan';
import { PackagedPlanScreen } from '../../renderer/src/features/packaged-plan/PackagedPlanScreen';
import { usePackagedView } from '../../renderer/src/features/packaged-plan/packaged-view-store';
import { useDocumentStore } from '../../renderer/src/state/document-store';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { sampleDocument } from './fake-studio';

const store = () => useDocumentStore.getState();
const plan = () => {
  const open = store().plan;
  if (!open) throw new Error('no plan is open');
  return open;
};

function renderScreen() {
  return render(
    // env="test": no transitions, and popovers do not hide for want of layout (jsdom has none).
    <MantineProvider env="test">
      <Notifications />
      <PackagedPlanScreen />
    </MantineProvider>,
  );
}

function row(itemId: string): HTMLElement {
  const found = screen
    .getAllByTestId('plan-item')
    .find((element) => element.dataset.itemId === itemId);
  if (!found) throw new Error(`no row for ${itemId}`);
  return found;
}

/** Waits for the editor's focus request (run on an animation frame) to be served. */
async function focusSettled(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 4 && useUiStore.getState().focusTarget; i += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
}

// jsdom does no scrolling (the font loading API is stubbed in setup.ts).
Element.prototype.scrollIntoView = function scrollIntoView() {
  /* nothing to scroll */
};

beforeEach(() => {
  store().openDocument(sampleDocument());
  usePackagedView.setState({
    collapsed: {},
    paste: { open: false, deliveryId: null },
    removeRequest: null,
  });
});

// Typing through user-event in jsdom is slow on a shared two-core machine.
describe('PackagedPlanScreen', { timeout: 30_000 }, () => {
  it('shows the plan title, its deliveries and every item with its figure', () => {
    renderScreen();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Seed example: two packaged deliveries',
    );
    expect(screen.getByTestId('plan-summary')).toHaveTextContent('2 deliveries · 27 items');
    const delivery1 = screen.getByRole('region', { name: 'Delivery 1' });
    expect(within(delivery1).getAllByTestId('plan-item')).toHaveLength(14);
    expect(within(delivery1).getByText('30 Jun 2027')).toBeInTheDocument();
    expect(within(row('hw-db')).getByRole('textbox', { name: 'Quantity, item hw-db' })).toHaveValue(
      '2 units',
    );
    const delivery2 = screen.getByRole('region', { name: 'Delivery 2' });
    expect(within(delivery2).getAllByTestId('plan-item')).toHaveLength(13);
    expect(
      within(row('training-2')).getByRole('textbox', {
        name: 'Training from, weeks before, item training-2',
      }),
    ).toHaveValue('t-5 weeks');
    expect(
      within(row('els-2')).getByRole('textbox', { name: 'Support, days after, item els-2' }),
    ).toHaveValue('+15 days');
    expect(
      within(delivery1)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'Functional requirements',
      'Non-functional requirements',
      'Infrastructure',
      'Documents',
      'Ops briefings',
      'Early life support',
    ]);
  });

  it('says what to do with no deliveries, and the first one takes the cursor', async () => {
    store().openDocument({ plan: createEmptyPlan(), source: { kind: 'new', name: 'Untitled' } });
    renderScreen();
    expect(screen.getByText('No deliveries yet')).toBeInTheDocument();
    expect(screen.getByTestId('plan-summary')).toHaveTextContent('0 deliveries · 0 items');
    await userEvent.click(screen.getByRole('button', { name: 'Add the first delivery' }));
    await focusSettled();
    expect(plan().packagedPlan.deliveries).toEqual([
      expect.objectContaining({ id: 'd1', name: 'Delivery 1', items: [] }),
    ]);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    expect(screen.getByText(/No items yet/)).toBeInTheDocument();
  });

  it('edits a title through the store, and one undo takes the whole word back', async () => {
    renderScreen();
    const title = within(row('fr-a')).getByRole('textbox', { name: 'Title, item fr-a' });
    await userEvent.clear(title);
    await userEvent.type(title, 'Login');
    expect(plan().packagedPlan.deliveries[0]?.items[0]?.title).toBe('Login');
    expect(title).toHaveValue('Login');
    act(() => {
      useDocumentStore.temporal.getState().undo();
    });
    expect(plan().packagedPlan.deliveries[0]?.items[0]?.title).toBe('Functional requirement a');
    expect(title).toHaveValue('Functional requirement a');
  });

  it('shows the validator’s message next to the field it concerns', async () => {
    renderScreen();
    const target = within(row('nfr-x1')).getByRole('textbox', {
      name: 'Targets met, item nfr-x1',
    });
    await userEvent.clear(target);
    await userEvent.type(target, '120');
    expect(plan().packagedPlan.deliveries[0]?.items[6]).toMatchObject({ targetPercent: 120 });
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect(
      within(row('nfr-x1')).getByText('must be between 0 and 100 (found the number 120)'),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Delivery 1' })).toHaveTextContent('1 problem');
  });

  it('moves an item to another delivery from the keyboard, and the cursor goes with it', async () => {
    renderScreen();
    const actions = within(row('fr-a')).getByRole('button', {
      name: 'Actions for Functional requirement a',
    });
    actions.focus();
    await userEvent.keyboard('{Enter}');
    const move = await screen.findByRole('menuitem', { name: 'Move to delivery…' });
    move.focus();
    await userEvent.keyboard('{ArrowRight}');
    const target = await screen.findByRole('menuitem', { name: 'Delivery 2' });
    target.focus();
    await userEvent.keyboard('{Enter}');
    await focusSettled();
    const [first, second] = plan().packagedPlan.deliveries;
    expect(first?.items.map((i) => i.id)).not.toContain('fr-a');
    expect(second?.items.at(-1)?.id).toBe('fr-a');
    const delivery2 = screen.getByRole('region', { name: 'Delivery 2' });
    expect(within(delivery2).getByRole('textbox', { name: 'Title, item fr-a' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Delivery 1' })).toHaveTextContent('13 items');
  });

  it('changes an item’s kind: its figure follows the new kind', async () => {
    renderScreen();
    await userEvent.click(
      within(row('doc-1')).getByRole('button', { name: 'Actions for Document 1' }),
    );
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Change kind' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Training' }));
    expect(plan().packagedPlan.deliveries[0]?.items[9]).toEqual({
      id: 'doc-1',
      kind: 'training',
      title: 'Document 1',
      leadWeeks: 5,
    });
    expect(
      within(row('doc-1')).getByRole('textbox', {
        name: 'Training from, weeks before, item doc-1',
      }),
    ).toHaveValue('t-5 weeks');
  });

  it('says which abbreviations the paste dialog read, and as what', async () => {
    renderScreen();
    await userEvent.click(
      within(screen.getByRole('region', { name: 'Delivery 1' })).getByRole('button', {
        name: 'Paste items…',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Paste items' });
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Rows from a spreadsheet/ }));
    await userEvent.paste('NFR\tUptime\t99\nDoc\tRunbook\nFunctional requirement\tLogin');
    expect(within(dialog).getByTestId('paste-read-as')).toHaveTextContent(
      'NFR read as Non-functional requirement; Doc read as Document.',
    );
  });

  it('pastes rows with a preview, names bad lines, and adds nothing until they read', async () => {
    renderScreen();
    await userEvent.click(
      within(screen.getByRole('region', { name: 'Delivery 2' })).getByRole('button', {
        name: 'Paste items…',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Paste items' });
    const box = within(dialog).getByRole('textbox', { name: /Rows from a spreadsheet/ });
    await userEvent.click(box);
    await userEvent.paste(
      'Functional requirement\tReports export\nnonFunctional\tUptime 99.9%\t150\nwidget\tThing',
    );
    const problems = within(dialog).getByTestId('paste-problems');
    expect(problems).toHaveTextContent('2 lines need fixing before anything is added');
    expect(problems).toHaveTextContent(
      'Line 2 gives 150 as the target % of a non-functional requirement; it must be between 0 and 100.',
    );
    expect(problems).toHaveTextContent('Line 3 starts with "widget", which is not an item kind');
    expect(within(dialog).getByRole('button', { name: 'Add 1 item' })).toBeDisabled();

    await userEvent.clear(box);
    await userEvent.paste(
      'Functional requirement\tReports export\nnonFunctional\tUptime 99.9%\t95%\nInfrastructure,"Cache, large",3',
    );
    expect(within(dialog).queryByTestId('paste-problems')).toBeNull();
    const preview = within(dialog).getByTestId('paste-preview');
    expect(
      within(preview)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([
      '1Functional requirementReports export',
      '2Non-functional requirementUptime 99.9%95% of targets',
      '3InfrastructureCache, large3 units',
    ]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add 3 items' }));
    expect(plan().packagedPlan.deliveries[1]?.items.slice(-3)).toEqual([
      { id: 'i1', kind: 'functional', title: 'Reports export' },
      { id: 'i2', kind: 'nonFunctional', title: 'Uptime 99.9%', targetPercent: 95 },
      { id: 'i3', kind: 'infrastructure', title: 'Cache, large', quantity: 3 },
    ]);
    expect(screen.getByTestId('plan-summary')).toHaveTextContent('2 deliveries · 30 items');
    expect(await screen.findByText('Added 3 items to Delivery 2.')).toBeInTheDocument();
  });

  it('asks before removing a delivery, and its notification undoes the removal', async () => {
    renderScreen();
    await userEvent.click(
      within(screen.getByRole('region', { name: 'Delivery 1' })).getByRole('button', {
        name: 'Remove delivery…',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Remove Delivery 1?' });
    expect(dialog).toHaveTextContent('Its 14 items go with it.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(plan().packagedPlan.deliveries).toHaveLength(2);

    await userEvent.click(
      within(screen.getByRole('region', { name: 'Delivery 1' })).getByRole('button', {
        name: 'Remove delivery…',
      }),
    );
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: 'Remove Delivery 1?' })).getByRole(
        'button',
        { name: 'Remove delivery' },
      ),
    );
    expect(plan().packagedPlan.deliveries.map((d) => d.id)).toEqual(['d2']);
    expect(screen.queryByRole('region', { name: 'Delivery 1' })).toBeNull();
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(plan().packagedPlan.deliveries.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(screen.getByRole('region', { name: 'Delivery 1' })).toBeInTheDocument();
  });

  it('reorders deliveries with the move buttons', async () => {
    renderScreen();
    await userEvent.click(screen.getByRole('button', { name: 'Move Delivery 2 up' }));
    expect(plan().packagedPlan.deliveries.map((d) => d.id)).toEqual(['d2', 'd1']);
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual(['Delivery 2', 'Delivery 1']);
    expect(screen.getByRole('button', { name: 'Move Delivery 2 up' })).toBeDisabled();
  });

  it('adds an item of a chosen kind with fresh ids and puts the cursor in its title', async () => {
    renderScreen();
    const delivery1 = screen.getByRole('region', { name: 'Delivery 1' });
    await userEvent.click(
      within(delivery1).getByRole('button', { name: 'Add item to Delivery 1' }),
    );
    await userEvent.click(await screen.findByRole('menuitem', { name: /^Ops briefing/ }));
    await focusSettled();
    expect(plan().packagedPlan.deliveries[0]?.items.at(-1)).toEqual({
      id: 'i1',
      kind: 'opsBriefing',
      title: '',
      leadWeeks: 3,
    });
    expect(within(row('i1')).getByRole('textbox', { name: 'Title, item i1' })).toHaveFocus();
  });

  it('goes to a field a finding names: unfolds its delivery and focuses it', async () => {
    renderScreen();
    await userEvent.click(screen.getByRole('button', { name: 'Delivery 2' }));
    expect(screen.queryByRole('textbox', { name: 'Targets met, item nfr-x2' })).toBeNull();
    act(() => {
      useUiStore.getState().goToField({
        section: 'packaged',
        path: 'packagedPlan.deliveries[1].items[5].targetPercent',
      });
    });
    await focusSettled();
    expect(screen.getByRole('textbox', { name: 'Targets met, item nfr-x2' })).toHaveFocus();
    expect(useUiStore.getState().focusTarget).toBeNull();
  });

  it('forgets folded deliveries when another plan is opened', async () => {
    renderScreen();
    await userEvent.click(screen.getByRole('button', { name: 'Delivery 1' }));
    expect(screen.getByRole('button', { name: 'Delivery 1' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    act(() => {
      store().openDocument(sampleDocument());
    });
    expect(screen.getByRole('button', { name: 'Delivery 1' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});
