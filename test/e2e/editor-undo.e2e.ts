/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchStudio, type StudioHarness } from './support/harness';

let studio: StudioHarness | undefined;

afterEach(async () => {
  await studio?.close();
  studio = undefined;
});

/** What the packaged-plan screen shows that the edits below change. */
async function shown(page: Page) {
  const row = (id: string) => page.locator(`[data-testid="plan-item"][data-item-id="${id}"]`);
  return {
    deliveries: await page.getByRole('heading', { level: 2 }).allTextContents(),
    title: (await row('fr-a').count())
      ? await row('fr-a').getByRole('textbox', { name: 'Title, item fr-a' }).inputValue()
      : null,
    doc1: (await row('doc-1').count()) ? await row('doc-1').getAttribute('aria-label') : null,
    saved: await page.getByTestId('status-saved').textContent(),
  };
}

const ORIGINAL = {
  deliveries: ['Delivery 1', 'Delivery 2'],
  title: 'Functional requirement a',
  doc1: 'Document doc-1',
  saved: 'Saved',
};
const TYPED = { ...ORIGINAL, title: 'Functional requirement a (login)', saved: 'Unsaved changes' };
const KIND_CHANGED = { ...TYPED, doc1: 'Training doc-1' };
const DELIVERY_ADDED = { ...KIND_CHANGED, deliveries: ['Delivery 1', 'Delivery 2', 'Delivery 3'] };
const DELIVERY_REMOVED = {
  ...DELIVERY_ADDED,
  deliveries: ['Delivery 2', 'Delivery 3'],
  title: null,
  doc1: null,
};

describe('undo and redo across several edits', () => {
  it('walks back and forth with Ctrl+Z, Ctrl+Shift+Z and the header buttons', async () => {
    studio = await launchStudio();
    const { page } = studio;
    const header = page.getByRole('banner');
    const undoButton = header.getByRole('button', { name: 'Undo', exact: true });
    const redoButton = header.getByRole('button', { name: 'Redo', exact: true });
    expect(await shown(page)).toEqual(ORIGINAL);
    expect(await undoButton.isDisabled()).toBe(true);

    // 1. Typing a word in a title: one step however many keys.
    const title = page.getByRole('textbox', { name: 'Title, item fr-a' });
    await title.click();
    await title.press('End');
    await page.keyboard.type(' (login)');
    // 2. Another kind for an item.
    await page.getByRole('button', { name: 'Actions for Document 1' }).click();
    await page.getByRole('menuitem', { name: 'Change kind' }).click();
    await page.getByRole('menuitem', { name: 'Training' }).click();
    // 3. A new delivery.
    await page.getByRole('button', { name: 'Add delivery' }).click();
    // 4. The first delivery removed, after confirming.
    await page
      .getByRole('region', { name: 'Delivery 1' })
      .getByRole('button', { name: 'Remove delivery…' })
      .click();
    await page
      .getByRole('dialog', { name: 'Remove Delivery 1?' })
      .getByRole('button', { name: 'Remove delivery' })
      .click();
    await expect.poll(() => shown(page)).toEqual(DELIVERY_REMOVED);

    // Back, by keyboard (the cursor is in a text field) and by the header button.
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => shown(page)).toEqual(DELIVERY_ADDED);
    await undoButton.click();
    await expect.poll(() => shown(page)).toEqual(KIND_CHANGED);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => shown(page)).toEqual(TYPED);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => shown(page)).toEqual(ORIGINAL);
    expect(await undoButton.isDisabled()).toBe(true);

    // And forward again.
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expect.poll(() => shown(page)).toEqual(TYPED);
    await redoButton.click();
    await expect.poll(() => shown(page)).toEqual(KIND_CHANGED);
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expect.poll(() => shown(page)).toEqual(DELIVERY_ADDED);
    await redoButton.click();
    await expect.poll(() => shown(page)).toEqual(DELIVERY_REMOVED);
    expect(await redoButton.isDisabled()).toBe(true);

    // A new edit after undoing drops the redo branch.
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => shown(page)).toEqual(DELIVERY_ADDED);
    await page
      .getByRole('region', { name: 'Delivery 3' })
      .getByRole('button', { name: 'Move Delivery 3 up' })
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).allTextContents())
      .toEqual(['Delivery 1', 'Delivery 3', 'Delivery 2']);
    expect(await redoButton.isDisabled()).toBe(true);
    expect(studio.consoleErrors).toEqual([]);
  });
});
