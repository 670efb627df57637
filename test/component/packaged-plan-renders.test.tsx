import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createItem } from '../../core/plan/item-drafts';
import { createEmptyPlan } from '../../core/plan/new-plan';
import { ITEM_KINDS, type Plan } from '../../core/plan/schema';
import { PackagedPlanScreen } from '../../renderer/src/features/packaged-plan/PackagedPlanScreen';
import type * as Selectors from '../../renderer/src/features/packaged-plan/packaged-selectors';
import { useDocumentStore } from '../../renderer/src/state/document-store';

/**
 * What re-renders while typing in a 1,000-item plan. The row and card hooks are wrapped to
 * count their calls: a call is a render of that row or card.
 */
const renders = vi.hoisted(() => ({ rows: new Map<string, number>(), cards: 0 }));

vi.mock('../../renderer/src/features/packaged-plan/packaged-selectors', async (importOriginal) => {
  const actual = await importOriginal<typeof Selectors>();
  return {
    ...actual,
    useItemAt: (delivery: number, index: number) => {
      const item = actual.useItemAt(delivery, index);
      const key = item?.id ?? `${String(delivery)}:${String(index)}`;
      renders.rows.set(key, (renders.rows.get(key) ?? 0) + 1);
      return item;
    },
    useDeliveryHeading: (delivery: number) => {
      renders.cards += 1;
      return actual.useDeliveryHeading(delivery);
    },
  };
});

function largePlan(deliveries: number, itemsEach: number): Plan {
  const plan = createEmptyPlan();
  plan.title = 'Large plan';
  plan.packagedPlan.deliveries = Array.from({ length: deliveries }, (_, d) => ({
    id: `d${String(d + 1)}`,
    name: `Delivery ${String(d + 1)}`,
    date: `2027-${String(d + 1).padStart(2, '0')}-15`,
    items: Array.from({ length: itemsEach }, (_, i) =>
      createItem(
        { kind: ITEM_KINDS[i % 7] ?? 'functional', title: `Item ${String(i)}` },
        `d${String(d + 1)}-i${String(i)}`,
      ),
    ),
  }));
  return plan;
}

// jsdom lays nothing out: give the scrolling lists a height and the rows a size, so the
// virtualiser renders what a real window would.
const layout = { clientHeight: 544, offsetHeight: 44 };
const original = new Map<string, PropertyDescriptor | undefined>();
beforeAll(() => {
  for (const [name, value] of Object.entries(layout)) {
    original.set(name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name));
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const [name, descriptor] of original) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    else Reflect.deleteProperty(HTMLElement.prototype, name);
  }
});

beforeEach(() => {
  useDocumentStore
    .getState()
    .openDocument({ plan: largePlan(10, 100), source: { kind: 'new', name: 'Large' } });
});

// Mounting a thousand-item plan in jsdom takes seconds on a shared two-core machine.
describe('a 1,000-item plan', { timeout: 30_000 }, () => {
  it('renders only the rows in view of each delivery’s list', () => {
    render(
      <MantineProvider env="test">
        <PackagedPlanScreen />
      </MantineProvider>,
    );
    expect(screen.getByTestId('plan-summary')).toHaveTextContent('10 deliveries · 1000 items');
    expect(screen.getAllByTestId('virtual-item-list')).toHaveLength(10);
    const rows = screen.getAllByTestId('plan-item').length;
    expect(rows).toBeGreaterThan(50);
    expect(rows).toBeLessThan(300);
  });

  it('re-renders only the edited row on each keystroke: no other row, no card', async () => {
    render(
      <MantineProvider env="test">
        <PackagedPlanScreen />
      </MantineProvider>,
    );
    const row = screen
      .getAllByTestId('plan-item')
      .find((element) => element.dataset.itemId === 'd3-i0');
    if (!row) throw new Error('the first row of delivery 3 is not rendered');
    const title = within(row).getByRole('textbox', { name: 'Title, item d3-i0' });
    await userEvent.click(title);
    renders.rows.clear();
    renders.cards = 0;
    await userEvent.keyboard(' edited');
    expect(useDocumentStore.getState().plan?.packagedPlan.deliveries[2]?.items[0]?.title).toBe(
      'Item 0 edited',
    );
    expect(Object.fromEntries(renders.rows)).toEqual({ 'd3-i0': 7 });
    expect(renders.cards).toBe(0);
  });
});
