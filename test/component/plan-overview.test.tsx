import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlanOverview } from '../../renderer/src/features/plan-overview/PlanOverview';
import { createEmptyPlan } from '../../core/plan/new-plan';
import { renderWithTheme } from './render';
import { sampleDocument } from './fake-studio';

describe('PlanOverview', () => {
  it('shows the plan title, its deliveries and every item with its figure', () => {
    renderWithTheme(<PlanOverview document={sampleDocument()} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Seed example: two packaged deliveries',
    );
    expect(screen.getByTestId('plan-summary')).toHaveTextContent('2 deliveries · 27 items');
    const delivery1 = screen.getByRole('region', { name: 'Delivery 1' });
    expect(within(delivery1).getAllByTestId('plan-item')).toHaveLength(14);
    expect(within(delivery1).getByText('30 Jun 2027')).toBeInTheDocument();
    expect(within(delivery1).getByText('2 units')).toBeInTheDocument();
    const delivery2 = screen.getByRole('region', { name: 'Delivery 2' });
    expect(within(delivery2).getByText('from t-5 weeks')).toBeInTheDocument();
    expect(within(delivery2).getByText('until +15 days')).toBeInTheDocument();
  });

  it('says what to do when the plan has no deliveries', () => {
    renderWithTheme(
      <PlanOverview
        document={{ plan: createEmptyPlan(), source: { kind: 'new', name: 'Untitled' } }}
      />,
    );
    expect(screen.getByText(/This plan has no deliveries yet/)).toBeInTheDocument();
    expect(screen.getByTestId('plan-summary')).toHaveTextContent('0 deliveries · 0 items');
  });
});
