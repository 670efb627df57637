import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { ReadinessScreen } from '../../renderer/src/features/readiness/ReadinessScreen';
import { convertOpenPlan } from '../../renderer/src/state/conversion';
import { useDocumentStore } from '../../renderer/src/state/document-store';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { installFakeStudio } from './fake-studio';
import { openPlan, renderEditor, stubLayout } from './stream-support';

const NOTE = 'pre-authorised-without-validation';

function convertedSample(change?: Parameters<typeof openPlan>[0]): void {
  openPlan(change);
  act(() => {
    convertOpenPlan();
  });
  useUiStore.setState({ section: 'readiness' });
}

/** A hand edit: the code stream's owners are no longer the rule's, so its gate is noted. */
function dropValidationFromCodeStream(): void {
  act(() => {
    useDocumentStore.getState().editPlan((draft) => {
      const code = draft.streamDesign?.streams[0];
      if (code) code.roles = ['release-deployment'];
    });
  });
}

function finding(check: string): HTMLElement {
  const found = screen.getAllByTestId('finding').find((row) => row.dataset.check === check);
  if (!found) throw new Error(`no finding ${check}`);
  return found;
}

describe('ReadinessScreen', { timeout: 30_000 }, () => {
  beforeEach(() => {
    stubLayout();
    // Date checks compare with today; the example's deliveries are in 2027.
    vi.useFakeTimers({ now: new Date('2026-03-01T09:00:00Z'), toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists the converted example’s findings by severity and filters them', async () => {
    convertedSample();
    dropValidationFromCodeStream();
    renderEditor(<ReadinessScreen />);
    expect(screen.getByTestId('readiness-counts')).toHaveTextContent(
      '0 errors · 2 warnings · 1 note',
    );
    expect(screen.getByRole('heading', { name: 'Warnings (2)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Notes (1)' })).toBeInTheDocument();
    expect(screen.getAllByTestId('finding')).toHaveLength(3);
    expect(finding('ops-not-briefed')).toHaveTextContent(
      'Delivery "Delivery 2" changes functionality, service levels and infrastructure but has no ops briefing before go-live.',
    );

    await userEvent.click(screen.getByRole('radio', { name: 'Notes (1)' }));
    expect(screen.getAllByTestId('finding')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: /Warnings/ })).not.toBeInTheDocument();
  });

  it('shows identical findings as one card with the count and the list, each a way to its field', async () => {
    installFakeStudio({});
    convertedSample();
    renderEditor(<App />);
    const card = finding('non-functional-target-unmet');
    expect(card).toHaveTextContent(
      '3 non-functional requirements meet only 90% of their targets at Delivery "Delivery 2"',
    );
    expect(within(card).getByTestId('finding-count')).toHaveTextContent('× 3');
    const members = within(within(card).getByTestId('finding-members')).getAllByRole('listitem');
    expect(members.map((member) => member.textContent)).toEqual(
      ['x', 'y', 'z'].map(
        (name) => `Non-functional requirement "Non-functional requirement ${name}"Go to`,
      ),
    );
    await userEvent.click(
      within(card).getByRole('button', {
        name: 'Go to Non-functional requirement "Non-functional requirement y"',
      }),
    );
    expect(useUiStore.getState().section).toBe('packaged');
  });

  it('speaks the chosen ITIL vocabulary in its findings, leaving titles as written', () => {
    convertedSample();
    dropValidationFromCodeStream();
    useUiStore.setState({ vocabulary: 'itil4' });
    renderEditor(<ReadinessScreen />);
    expect(finding(NOTE)).toHaveTextContent(
      'Stream "Code objects checked in, tested & deployed" is pre-authorised through "Automated build and integration tests" but service validation and testing is not among its roles',
    );
  });

  it('takes the user to the field a finding concerns and focuses it', async () => {
    installFakeStudio({});
    convertedSample();
    dropValidationFromCodeStream();
    renderEditor(<App />);
    await userEvent.click(
      within(finding(NOTE)).getByRole('button', { name: 'Go to Stream design' }),
    );
    expect(useUiStore.getState().section).toBe('streams');
    expect(document.activeElement).toHaveAttribute('data-path', 'streamDesign.streams[0].roles');
    expect(document.activeElement).toHaveAccessibleName(
      'Roles owning “Code objects checked in, tested & deployed”',
    );
    expect(useUiStore.getState().focusTarget).toBeNull();
  });

  it('lists the validator’s problems too, in the editor’s words, each with its way to the field', async () => {
    installFakeStudio({});
    convertedSample((plan) => {
      plan.customRoles = [{ id: 'sec', abbreviation: 'Sec', name: 'Security office' }];
    });
    act(() => {
      const { editPlan } = useDocumentStore.getState();
      editPlan((draft) => {
        draft.streamDesign?.streams[3]?.roles.push('constructor');
      });
    });
    renderEditor(<App />);
    const problems = screen.getByRole('region', { name: 'Problems in the plan (1)' });
    const problem = within(problems).getByTestId('finding');
    expect(problem).toHaveTextContent(
      'Stream "Hardware deliveries" › Roles: "constructor" is neither an ITIL role id nor one of the plan\'s own roles',
    );
    await userEvent.click(within(problem).getByRole('button', { name: 'Go to Stream design' }));
    expect(document.activeElement).toHaveAttribute('data-path', 'streamDesign.streams[3].roles');
  });
});
