import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PackagedPlanScreen } from '../../renderer/src/features/packaged-plan/PackagedPlanScreen';
import { useDocumentStore } from '../../renderer/src/state/document-store';
import { typedDateProblem } from '../../renderer/src/ui/dates';
import { sampleDocument } from './fake-studio';

Element.prototype.scrollIntoView = function scrollIntoView() {
  /* nothing to scroll */
};

beforeEach(() => {
  useDocumentStore.getState().openDocument(sampleDocument());
});

function goLiveField(): HTMLElement {
  const delivery = screen.getByRole('region', { name: 'Delivery 1' });
  return within(delivery).getByRole('textbox', { name: 'Go-live date' });
}

describe('typed dates', { timeout: 30_000 }, () => {
  it('says under the field that 31 Feb 2027 is not a date, and keeps the plan date', async () => {
    render(
      <MantineProvider env="test">
        <Notifications />
        <PackagedPlanScreen />
      </MantineProvider>,
    );
    const before = useDocumentStore.getState().plan?.packagedPlan.deliveries[0]?.date;
    const field = goLiveField();
    await userEvent.clear(field);
    await userEvent.type(field, '31 Feb 2027');
    await userEvent.tab();
    expect(
      screen.getByText('31 Feb 2027 is not a date in the calendar: February 2027 has 28 days.'),
    ).toBeInTheDocument();
    expect(goLiveField()).toHaveAttribute('aria-invalid', 'true');
    expect(useDocumentStore.getState().plan?.packagedPlan.deliveries[0]?.date).toBe(before);

    await userEvent.clear(goLiveField());
    await userEvent.type(goLiveField(), '28 Feb 2027');
    await userEvent.tab();
    expect(screen.queryByText(/is not a date/)).not.toBeInTheDocument();
    expect(useDocumentStore.getState().plan?.packagedPlan.deliveries[0]?.date).toBe('2027-02-28');
  });

  it('names the problem with any text that is not a date', () => {
    expect(typedDateProblem('30/2/2028')).toBe(
      '30/2/2028 is not a date in the calendar: February 2028 has 29 days.',
    );
    expect(typedDateProblem('next Tuesday')).toBe(
      'next Tuesday is not a date this field reads; type it like 30 Jun 2027.',
    );
    expect(typedDateProblem('29 Feb 2028')).toBeNull();
    expect(typedDateProblem('  ')).toBeNull();
  });
});
