/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { generatedPlanText } from '../../bench/generated-plan';
import { launchStudio, type StudioHarness } from './support/harness';

let studio: StudioHarness | undefined;
let folder: string | undefined;
afterEach(async () => {
  await studio?.close();
  studio = undefined;
  if (folder) await rm(folder, { recursive: true, force: true });
});

const DELIVERIES = 10_000;

it('opens a 10,000-delivery plan with a screenful of cards, and scrolls to the last', async () => {
  folder = await mkdtemp(join(tmpdir(), 'studio-large-'));
  const file = join(folder, 'many-deliveries.transition');
  await writeFile(file, generatedPlanText(2 * DELIVERIES, DELIVERIES));
  studio = await launchStudio({ openDialogAnswers: [file] });
  const { page } = studio;
  // The live diagram of 10,000 deliveries is its own cost (a mermaid chart drawn on the page);
  // this measures the delivery list, so the panel is hidden first.
  await page.getByRole('button', { name: 'Live diagram', pressed: true }).click();
  await studio.emit('menuCommand', 'open');
  await page
    .getByTestId('plan-summary')
    .filter({ hasText: '10000 deliveries · 20000 items' })
    .waitFor({ timeout: 45_000 });
  await page.locator('[data-delivery-id="d0"]').waitFor();

  const cards = await page.getByTestId('delivery-card').count();
  expect(cards).toBeGreaterThan(0);
  expect(cards).toBeLessThan(40);

  // A visible card still reorders with the keyboard: Delivery 2 picked up with Space, moved
  // one place down, dropped with Space.
  const announced = page.locator('[id^="DndLiveRegion"]');
  await page.getByRole('button', { name: 'Drag Delivery 2 to reorder' }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => announced.textContent()).toMatch(/ is over /);
  for (let tries = 0; tries < 3; tries += 1) {
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(500);
    if ((await announced.textContent()) === 'Delivery 2 is over Delivery 3.') break;
  }
  await page.keyboard.press('Space');
  await expect
    .poll(() => page.getByTestId('delivery-card').nth(1).getAttribute('data-delivery-id'))
    .toBe('d2');
  await expect
    .poll(async () => {
      const d1 = await page.locator('[data-delivery-id="d1"]').boundingBox();
      const d2 = await page.locator('[data-delivery-id="d2"]').boundingBox();
      return d1 !== null && d2 !== null && d2.y < d1.y;
    })
    .toBe(true);

  // Measured cards change the list's height, so scroll to the end until the last card shows.
  const last = page.locator(`[data-delivery-id="d${String(DELIVERIES - 1)}"]`);
  for (let tries = 0; tries < 20 && !(await last.isVisible()); tries += 1) {
    await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    await page.waitForTimeout(100);
  }
  await expect(
    last.getByRole('heading', { name: `Delivery ${String(DELIVERIES)}` }).isVisible(),
  ).resolves.toBe(true);
  expect(await page.getByTestId('delivery-card').count()).toBeLessThan(40);
}, 120_000);
