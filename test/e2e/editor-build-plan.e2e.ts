/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, parseISO } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { figureOf } from '../../core/plan/item-drafts';
import { ITEM_KIND_LABELS } from '../../core/plan/item-kinds';
import { CURRENT_SCHEMA_VERSION, type Item, type Plan } from '../../core/plan/schema';
import { serializePlan } from '../../core/plan/serialize';
import { seriousAxeViolations } from './support/axe';
import { VIEWPORT, openSection, screenshotWholeScreen } from './support/screen';
import { launchStudio, type StudioHarness } from './support/harness';

let studio: StudioHarness | undefined;

afterEach(async () => {
  await studio?.close();
  studio = undefined;
});

/**
 * Moves the pointer off the control it last clicked and lets CSS transitions (active sidebar
 * entry, hover backgrounds, menus) finish, so axe judges the colours a reader sees at rest.
 */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(100, 600);
  await page.waitForTimeout(350);
}

/** The plan the flow below builds, as the file would hold it. */
const EXPECTED_PLAN: Plan = {
  format: 'transition-studio.plan',
  schemaVersion: CURRENT_SCHEMA_VERSION,
  title: 'Payments platform go-live',
  service: { name: 'Online payments', owner: 'Head of Payments' },
  strategy: {
    need: 'Merchants need refunds within a day.',
    customers: ['Retail banking', 'Merchants'],
    approach: 'hybrid',
    elsPolicy: { incidentFocus: true },
    risks: [
      {
        id: 'r1',
        description: 'Card scheme certification slips',
        likelihood: 'high',
        impact: 'high',
        mitigation: 'Book the test slot now',
      },
    ],
  },
  packagedPlan: {
    deliveries: [
      {
        id: 'd1',
        name: 'Pilot',
        date: '2027-06-30',
        items: [
          { id: 'i1', kind: 'functional', title: 'Refund a card payment' },
          { id: 'i2', kind: 'nonFunctional', title: 'Refunds complete in 1 s', targetPercent: 80 },
          { id: 'i3', kind: 'infrastructure', title: 'Payment gateway', quantity: 2 },
          { id: 'i4', kind: 'document', title: 'Refunds runbook' },
          { id: 'i5', kind: 'opsBriefing', title: 'Service desk briefing', leadWeeks: 2 },
          { id: 'i6', kind: 'earlyLifeSupport', title: 'Pilot hypercare', days: 10 },
          { id: 'i9', kind: 'other', title: 'Scheme certificate' },
        ],
      },
      {
        id: 'd2',
        name: 'Rollout',
        date: '2027-11-30',
        items: [
          { id: 'i7', kind: 'training', title: 'Merchant training', leadWeeks: 4 },
          { id: 'i8', kind: 'functional', title: 'Partial refunds' },
          {
            id: 'i10',
            kind: 'nonFunctional',
            title: 'Refunds complete in 1 s',
            targetPercent: 100,
          },
          { id: 'i11', kind: 'earlyLifeSupport', title: 'Rollout hypercare', days: 15 },
        ],
      },
    ],
  },
};

/** How the editor shows an item's figure ("t-2 weeks"); empty for kinds without one. */
function figureAsShown(item: Item): string {
  const n = figureOf(item);
  if (n === undefined) return '';
  const unit = (one: string, many: string) => (n === 1 ? one : many);
  switch (item.kind) {
    case 'nonFunctional':
      return `${String(n)}%`;
    case 'infrastructure':
      return `${String(n)}${unit(' unit', ' units')}`;
    case 'opsBriefing':
    case 'training':
      return `t-${String(n)}${unit(' week', ' weeks')}`;
    case 'earlyLifeSupport':
      return `+${String(n)}${unit(' day', ' days')}`;
    default:
      return '';
  }
}

interface ShownItem {
  id: string;
  kind: string;
  title: string;
  figure: string;
}

/** The packaged plan as the editor lays it out: each delivery's items grouped by kind. */
function packagedAsShown(plan: Plan) {
  const kindOrder = Object.keys(ITEM_KIND_LABELS);
  return plan.packagedPlan.deliveries.map((delivery) => ({
    name: delivery.name,
    date: format(parseISO(delivery.date), 'd MMM yyyy'),
    items: [...delivery.items]
      .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind))
      .map((item) => ({
        id: item.id,
        kind: ITEM_KIND_LABELS[item.kind],
        title: item.title,
        figure: figureAsShown(item),
      })),
  }));
}

/** Reads the packaged plan back from the screen, field by field. */
async function readPackagedFromScreen(page: Page) {
  const cards = page.getByTestId('delivery-card');
  const deliveries = [];
  for (const card of await cards.all()) {
    const items: ShownItem[] = [];
    for (const row of await card.getByTestId('plan-item').all()) {
      const id = (await row.getAttribute('data-item-id')) ?? '';
      const label = (await row.getAttribute('aria-label')) ?? '';
      const [, figure] = await row.getByRole('textbox').all();
      items.push({
        id,
        kind: label.slice(0, label.length - id.length - 1),
        title: await row.getByRole('textbox', { name: `Title, item ${id}` }).inputValue(),
        figure: figure ? await figure.inputValue() : '',
      });
    }
    deliveries.push({
      name: await card.getByRole('textbox', { name: 'Name' }).inputValue(),
      date: await card.getByRole('textbox', { name: 'Go-live date' }).inputValue(),
      items,
    });
  }
  return deliveries;
}

async function addItem(page: Page, delivery: string, kind: string, title: string, figure?: string) {
  await page.getByRole('button', { name: `Add item to ${delivery}` }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${kind}`) }).click();
  // The new item's title takes the cursor.
  const focused = page.locator('input:focus');
  await expect.poll(() => focused.getAttribute('aria-label')).toMatch(/^Title, item i\d+$/);
  await page.keyboard.type(title);
  if (figure !== undefined) {
    const id = ((await focused.getAttribute('aria-label')) ?? '').replace('Title, item ', '');
    const row = page.locator(`[data-testid="plan-item"][data-item-id="${id}"]`);
    await row.getByRole('textbox').nth(1).fill(figure);
  }
}

describe('a plan built only through the editor', () => {
  it('strategy, two deliveries, items of every kind (one pasted), a move: the plan is what was entered', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'studio-built-'));
    const file = join(folder, 'payments.transition');
    studio = await launchStudio({
      start: 'start-screen',
      saveDialogAnswers: [file],
      openDialogAnswers: [file],
    });
    const { page } = studio;
    await page.getByRole('button', { name: 'New plan' }).click();

    // Strategy.
    await openSection(page, /Strategy/);
    await page.getByRole('textbox', { name: 'Plan title' }).fill('Payments platform go-live');
    await page.getByRole('textbox', { name: 'Service', exact: true }).fill('Online payments');
    await page.getByRole('textbox', { name: 'Service owner' }).fill('Head of Payments');
    await page.getByRole('textbox', { name: /^Need/ }).fill('Merchants need refunds within a day.');
    const customers = page.getByRole('combobox', { name: /^Customers/ });
    await customers.fill('Retail banking');
    await customers.press('Enter');
    await customers.fill('Merchants');
    await customers.press('Enter');
    await page.getByText('Hybrid', { exact: true }).click();
    await page.getByRole('switch', { name: /Heightened incident focus/ }).check();
    await page.getByRole('button', { name: 'Add risk' }).click();
    await page.keyboard.type('Card scheme certification slips');
    await page
      .getByRole('combobox', { name: 'Likelihood of Card scheme certification slips' })
      .selectOption('high');
    await page
      .getByRole('combobox', { name: 'Impact of Card scheme certification slips' })
      .selectOption('high');
    await page
      .getByRole('textbox', { name: 'Mitigation of Card scheme certification slips' })
      .fill('Book the test slot now');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Payments platform go-live');
    await settle(page);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Packaged plan: two deliveries, typed.
    await openSection(page, /Packaged plan/);
    await page.getByRole('button', { name: 'Add the first delivery' }).click();
    await expect
      .poll(() => page.locator('input:focus').getAttribute('data-path'))
      .toBe('packagedPlan.deliveries[0].name');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Pilot');
    const pilotDate = page.getByRole('textbox', { name: 'Go-live date' });
    await pilotDate.fill('30 Jun 2027');
    await pilotDate.press('Tab');
    await addItem(page, 'Pilot', 'Functional requirement', 'Refund a card payment');
    await addItem(page, 'Pilot', 'Non-functional requirement', 'Refunds complete in 1 s', '80');
    await addItem(page, 'Pilot', 'Infrastructure', 'Payment gateway', '2');
    await addItem(page, 'Pilot', 'Document', 'Refunds runbook');
    await addItem(page, 'Pilot', 'Ops briefing', 'Service desk briefing', '2');
    await addItem(page, 'Pilot', 'Early life support', 'Pilot hypercare', '10');
    await addItem(page, 'Pilot', 'Training', 'Merchant training', '4');
    await addItem(page, 'Pilot', 'Functional requirement', 'Partial refunds');

    await page.getByRole('button', { name: 'Add delivery' }).click();
    await expect
      .poll(() => page.locator('input:focus').getAttribute('data-path'))
      .toBe('packagedPlan.deliveries[1].name');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Rollout');
    const rolloutDate = page
      .getByRole('region', { name: 'Rollout' })
      .getByRole('textbox', { name: 'Go-live date' });
    await rolloutDate.fill('30 Nov 2027');
    await rolloutDate.press('Tab');

    // Move two items to the second delivery with the keyboard alternative to dragging.
    for (const title of ['Merchant training', 'Partial refunds']) {
      await page.getByRole('button', { name: `Actions for ${title}` }).click();
      await page.getByRole('menuitem', { name: 'Move to delivery…' }).click();
      await page.getByRole('menuitem', { name: 'Rollout' }).click();
    }

    // Paste the rest from a spreadsheet, one bad line first.
    await page
      .getByRole('region', { name: 'Rollout' })
      .getByRole('button', { name: 'Paste items…' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Paste items' });
    const rows = dialog.getByRole('textbox', { name: /Rows from a spreadsheet/ });
    await rows.fill(
      'Kind\tTitle\tFigure\nOther\tScheme certificate\nNon-functional requirement\tRefunds complete in 1 s\t100%\nMemo\tRollout hypercare\t15',
    );
    await expect
      .poll(() => dialog.getByTestId('paste-problems').textContent())
      .toContain('Line 4 starts with "Memo", which is not an item kind');
    expect(await dialog.getByRole('button', { name: 'Add 2 items' }).isDisabled()).toBe(true);
    await settle(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await rows.fill(
      'Kind\tTitle\tFigure\nOther\tScheme certificate\nNon-functional requirement\tRefunds complete in 1 s\t100%\nEarly life support\tRollout hypercare\t+15 days',
    );
    await expect.poll(() => dialog.getByTestId('paste-preview').getByRole('row').count()).toBe(4);
    await dialog.getByRole('button', { name: 'Add 3 items' }).click();

    // The certificate belongs to the pilot: drag it by its handle onto the pilot's card (its
    // foot, just above the rollout), in a window tall enough to show both.
    await page.setViewportSize({ width: VIEWPORT.width, height: 1400 });
    const handle = page.getByRole('button', {
      name: 'Drag Scheme certificate to another delivery',
    });
    const pilotFoot = page
      .getByRole('region', { name: 'Pilot' })
      .getByRole('button', { name: 'Remove delivery…' });
    await pilotFoot.evaluate((element) => {
      element.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -200);
    });
    const from = await handle.boundingBox();
    const to = await pilotFoot.boundingBox();
    if (!from || !to) throw new Error('the drag handle or the target is not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 4 });
    await page.mouse.move(to.x - 40, to.y + to.height / 2, { steps: 20 });
    await expect
      .poll(() => page.getByRole('region', { name: 'Pilot' }).getAttribute('class'))
      .toMatch(/dropTarget/);
    await page.mouse.up();
    await page.setViewportSize(VIEWPORT);

    await expect
      .poll(() => page.getByTestId('plan-summary').textContent())
      .toBe('2 deliveries · 11 items');
    expect(await readPackagedFromScreen(page)).toEqual(packagedAsShown(EXPECTED_PLAN));
    expect(await page.getByTestId('status-problems').textContent()).toBe('No problems');
    expect(await page.getByTestId('status-saved').textContent()).toBe('Unsaved changes');

    // The strategy as the screen shows it.
    await openSection(page, /Strategy/);
    expect(await page.getByRole('textbox', { name: 'Service owner' }).inputValue()).toBe(
      EXPECTED_PLAN.service.owner,
    );
    expect(await page.getByRole('radio', { name: 'Hybrid' }).isChecked()).toBe(true);
    expect(
      await page
        .getByRole('region', { name: 'Need and approach' })
        .locator('.mantine-Pill-label')
        .allTextContents(),
    ).toEqual(EXPECTED_PLAN.strategy.customers);
    expect(await page.getByTestId('risk-exposure').textContent()).toBe('High');

    // Saved through File › Save (a new plan asks where), the file is the plan that was entered,
    // written as the format prescribes.
    await studio.emit('menuCommand', 'save');
    await expect.poll(() => page.getByTestId('status-saved').textContent()).toBe('Saved');
    expect(await readFile(file, 'utf8')).toBe(serializePlan(EXPECTED_PLAN));

    // Reopened after starting another plan, the editor shows the same plan, unchanged.
    await studio.emit('menuCommand', 'new');
    await expect
      .poll(() => page.getByTestId('document-title').textContent())
      .toMatch(/^Untitled plan/);
    await studio.emit('menuCommand', 'open');
    await expect
      .poll(() => page.getByTestId('document-title').textContent())
      .toMatch(/^Payments platform go-live/);
    await openSection(page, /Packaged plan/);
    await expect
      .poll(() => page.getByTestId('plan-summary').textContent())
      .toBe('2 deliveries · 11 items');
    expect(await readPackagedFromScreen(page)).toEqual(packagedAsShown(EXPECTED_PLAN));
    expect(await page.getByTestId('status-saved').textContent()).toBe('Saved');
    await rm(folder, { recursive: true, force: true });
    expect(studio.consoleErrors).toEqual([]);
  }, 150_000);
});

/** Space picks the handle's thing up, ArrowDown carries it, Space drops it once it is there. */
async function keyboardDrag(page: Page, handle: string, over: string): Promise<void> {
  const announced = page.locator('[id^="DndLiveRegion"]');
  // In the middle of the window, so the next delivery is in view and the drag need not scroll.
  await page.getByRole('button', { name: handle }).evaluate((element) => {
    element.scrollIntoView({ block: 'center' });
  });
  await page.getByRole('button', { name: handle }).focus();
  await page.keyboard.press('Space');
  // Once it says what the thing is over, the targets are measured and the arrows move it. An
  // arrow pressed in that same instant can still find them unmeasured (dnd-kit measures in an
  // effect); the test then presses again, as a person would.
  await expect.poll(() => announced.textContent()).toMatch(/ is over /);
  for (let attempt = 1; ; attempt += 1) {
    await page.keyboard.press('ArrowDown');
    try {
      await expect.poll(() => announced.textContent(), { timeout: 1500 }).toBe(over);
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await page.keyboard.press('Space');
}

describe('dragging from the keyboard and the mouse', () => {
  it('reorders deliveries and moves an item with Space and the arrow keys, and by mouse', async () => {
    studio = await launchStudio();
    const { page } = studio;
    const headings = () => page.getByRole('heading', { level: 2 }).allTextContents();
    await page.getByRole('button', { name: 'Fold all' }).click();

    // A delivery, picked up with Space, moved one place down, dropped with Space; what the
    // screen reader hears is the live region's text.
    await keyboardDrag(page, 'Drag Delivery 1 to reorder', 'Delivery 1 is over Delivery 2.');
    await expect.poll(headings).toEqual(['Delivery 2', 'Delivery 1']);

    // And back by mouse, once the drop has finished animating.
    await settle(page);
    const handle = page.getByRole('button', { name: 'Drag Delivery 1 to reorder' });
    const from = await handle.boundingBox();
    const to = await page.getByRole('button', { name: 'Drag Delivery 2 to reorder' }).boundingBox();
    if (!from || !to) throw new Error('the handles are not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y - 20, { steps: 15 });
    await page.mouse.up();
    await expect.poll(headings).toEqual(['Delivery 1', 'Delivery 2']);

    // An item, carried from Delivery 1 down onto Delivery 2 with the keyboard. (For 50 ms after
    // a mouse drop, dnd-kit swallows clicks, so the pointer rests first.)
    await settle(page);
    await page.getByRole('button', { name: 'Unfold all' }).click();
    await keyboardDrag(
      page,
      'Drag Document 3 to another delivery',
      'Document 3 is over Delivery 2.',
    );
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'Delivery 2' })
          .locator('[data-testid="plan-item"][data-item-id="doc-3"]')
          .count(),
      )
      .toBe(1);
    expect(await page.getByRole('region', { name: 'Delivery 1' }).textContent()).toContain(
      '13 items',
    );
    expect(studio.consoleErrors).toEqual([]);
  });
});

describe('the strategy and packaged-plan editors', () => {
  it.each(['light', 'dark'] as const)(
    'look finished and pass axe with a converted plan (%s)',
    async (colorScheme) => {
      studio = await launchStudio({ colorScheme });
      const { page } = studio;
      await page.getByRole('banner').getByRole('button', { name: 'Convert', exact: true }).click();
      await page.getByRole('button', { name: 'Dismiss notification' }).click();

      await openSection(page, /Strategy/);
      const customers = page.getByRole('combobox', { name: /^Customers/ });
      await customers.pressSequentially('Retail banking,Merchants,');
      await page.getByRole('switch', { name: /Heightened incident focus/ }).check();
      await page
        .getByRole('textbox', { name: 'How' })
        .fill('Incidents linked to a release are P2 or higher and go to the release team first.');
      await page
        .getByRole('switch', { name: /Sunrise and sunset meetings/ })
        .check({ force: true });
      const attendees = page.getByRole('combobox', { name: /Who attends/ });
      await attendees.pressSequentially('Sponsor,Business owner,');
      await page.getByRole('checkbox', { name: /Operational/ }).check();
      await page.getByRole('checkbox', { name: /Tactical/ }).check();
      await page.getByRole('button', { name: 'Add risk' }).click();
      await page.keyboard.type('Hardware for the second delivery arrives late');
      await page
        .getByRole('textbox', {
          name: 'Mitigation of Hardware for the second delivery arrives late',
        })
        .fill('Order with the first delivery');
      await settle(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotWholeScreen(page, `strategy-${colorScheme}`);

      await openSection(page, /Packaged plan/);
      await page.getByTestId('plan-summary').waitFor();
      await settle(page);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotWholeScreen(page, `packaged-plan-${colorScheme}`);
      expect(studio.consoleErrors).toEqual([]);
    },
  );
});
