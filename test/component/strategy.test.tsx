import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { StrategyScreen } from '../../renderer/src/features/strategy/StrategyScreen';
import { useDocumentStore } from '../../renderer/src/state/document-store';
import { undoPlanEdit } from '../../renderer/src/state/history';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { sampleDocument } from './fake-studio';

const store = () => useDocumentStore.getState();
const plan = () => {
  const open = store().plan;
  if (!open) throw new Error('no plan is open');
  return open;
};

// jsdom does no scrolling (the font loading API is stubbed in setup.ts).
Element.prototype.scrollIntoView = function scrollIntoView() {
  /* nothing to scroll */
};

function renderScreen() {
  return render(
    // env="test": no transitions, and popovers do not hide for want of layout (jsdom has none).
    <MantineProvider env="test">
      <Notifications />
      <StrategyScreen />
    </MantineProvider>,
  );
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

beforeEach(() => {
  store().openDocument(sampleDocument());
});

// Typing through user-event in jsdom is slow on a shared two-core machine.
describe('StrategyScreen', { timeout: 30_000 }, () => {
  it('edits the service, the need, the customers and the approach through the store', async () => {
    renderScreen();
    const service = section('Plan and service');
    const owner = within(service).getByRole('textbox', { name: 'Service owner' });
    await userEvent.clear(owner);
    await userEvent.type(owner, 'Head of Payments');
    const need = within(section('Need and approach')).getByRole('textbox', { name: /^Need/ });
    await userEvent.clear(need);
    await userEvent.type(need, 'Faster refunds');
    const customers = within(section('Need and approach')).getByRole('combobox', {
      name: /^Customers/,
    });
    await userEvent.type(customers, 'Retail banking{Enter}Merchants{Enter}');
    await userEvent.click(screen.getByRole('radio', { name: 'Hybrid' }));
    expect(plan().service).toEqual({ name: 'Example service', owner: 'Head of Payments' });
    expect(plan().strategy).toEqual({
      need: 'Faster refunds',
      customers: ['Retail banking', 'Merchants'],
      approach: 'hybrid',
    });
    expect(screen.getByText(/Some work stays in packaged deliveries/)).toBeInTheDocument();
  });

  it('removes an optional field the user empties instead of saving an empty one', async () => {
    renderScreen();
    await userEvent.clear(screen.getByRole('textbox', { name: 'Service owner' }));
    expect(plan().service).toEqual({ name: 'Example service' });
    await userEvent.clear(screen.getByRole('textbox', { name: /^Need/ }));
    expect(plan().strategy).toEqual({ approach: 'packaged' });
  });

  it('undoes typing in the need as one step', async () => {
    renderScreen();
    const need = screen.getByRole('textbox', { name: /^Need/ });
    await userEvent.type(need, ' Urgent.');
    expect(plan().strategy.need).toMatch(/ Urgent\.$/);
    act(undoPlanEdit);
    expect(plan().strategy.need).toBe(
      'Demand identified with customers for functional requirements a to f.',
    );
    expect(need).toHaveValue(
      'Demand identified with customers for functional requirements a to f.',
    );
  });

  it('says there is no stream design yet and converts from here; then sets each stream’s approval', async () => {
    renderScreen();
    const policy = section('Change policy');
    expect(within(policy).getByText('No stream design yet')).toBeInTheDocument();
    await userEvent.click(within(policy).getByRole('button', { name: 'Convert to streams' }));
    expect(plan().streamDesign?.streams).toHaveLength(5);
    expect(within(policy).getByTestId('approval-summary')).toHaveTextContent(
      '4 of 5 streams pre-authorised · 1 to a change authority',
    );
    const hardware = plan().streamDesign?.streams.findIndex(
      (s) => s.name === 'Hardware deliveries',
    );
    const authority = within(policy).getByRole('textbox', {
      name: 'Change authority of Hardware deliveries',
    });
    await userEvent.clear(authority);
    await userEvent.type(authority, 'Change manager');
    expect(plan().streamDesign?.streams[hardware ?? -1]?.approval).toMatchObject({
      mode: 'changeAuthority',
      authority: 'Change manager',
    });
    await userEvent.clear(authority);
    expect(within(policy).getByText('must name the change authority')).toBeInTheDocument();
  });

  it('writes the ELS policy, and removes it again when everything is switched off', async () => {
    renderScreen();
    const els = section('Early life support and improvement');
    await userEvent.click(within(els).getByRole('switch', { name: /Heightened incident focus/ }));
    await userEvent.type(within(els).getByRole('textbox', { name: 'How' }), 'P2 or higher');
    await userEvent.click(within(els).getByRole('switch', { name: /Sunrise and sunset meetings/ }));
    await userEvent.type(
      within(els).getByRole('combobox', { name: /Who attends/ }),
      'Sponsor{Enter}',
    );
    await userEvent.click(within(els).getByRole('checkbox', { name: /Tactical/ }));
    await userEvent.click(within(els).getByRole('checkbox', { name: /Operational/ }));
    expect(plan().strategy.elsPolicy).toEqual({
      incidentFocus: true,
      incidentNotes: 'P2 or higher',
      meetings: { cadence: { kind: 'daily' }, attendees: ['Sponsor'] },
      improvementLevels: ['operational', 'tactical'],
    });
    await userEvent.clear(within(els).getByRole('textbox', { name: 'How' }));
    await userEvent.click(within(els).getByRole('switch', { name: /Heightened incident focus/ }));
    await userEvent.click(within(els).getByRole('switch', { name: /Sunrise and sunset meetings/ }));
    await userEvent.click(within(els).getByRole('checkbox', { name: /Tactical/ }));
    await userEvent.click(within(els).getByRole('checkbox', { name: /Operational/ }));
    expect(plan().strategy).not.toHaveProperty('elsPolicy');
  });

  it('keeps a risk register: add, rate, remove', async () => {
    renderScreen();
    const risks = section('Risks');
    expect(within(risks).getByText(/No risks recorded/)).toBeInTheDocument();
    await userEvent.click(within(risks).getByRole('button', { name: 'Add risk' }));
    const description = within(risks).getByRole('textbox', { name: 'Description of risk r1' });
    expect(description).toHaveFocus();
    await userEvent.type(description, 'Hardware arrives late');
    await userEvent.selectOptions(
      within(risks).getByRole('combobox', { name: 'Likelihood of Hardware arrives late' }),
      'high',
    );
    await userEvent.selectOptions(
      within(risks).getByRole('combobox', { name: 'Impact of Hardware arrives late' }),
      'high',
    );
    await userEvent.type(
      within(risks).getByRole('textbox', { name: 'Mitigation of Hardware arrives late' }),
      'Order early',
    );
    expect(plan().strategy.risks).toEqual([
      {
        id: 'r1',
        description: 'Hardware arrives late',
        likelihood: 'high',
        impact: 'high',
        mitigation: 'Order early',
      },
    ]);
    expect(within(screen.getByTestId('risk-row')).getByTestId('risk-exposure')).toHaveTextContent(
      'High',
    );
    await userEvent.click(
      within(risks).getByRole('button', { name: 'Remove Hardware arrives late' }),
    );
    expect(plan().strategy).not.toHaveProperty('risks');
  });

  it('shows the validator’s message next to the horizon', () => {
    store().editPlan((draft) => {
      draft.strategy.horizon = { start: '2027-12-01', end: '2027-01-31' };
    });
    renderScreen();
    expect(
      screen.getByText('End must not be before start (found text "2027-01-31")'),
    ).toBeInTheDocument();
  });

  it('focuses the field a finding names', async () => {
    renderScreen();
    act(() => {
      useUiStore.getState().goToField({ section: 'strategy', path: 'service.owner' });
    });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByRole('textbox', { name: 'Service owner' })).toHaveFocus();
  });
});
