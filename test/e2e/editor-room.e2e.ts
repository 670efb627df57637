/// <reference lib="dom" />
// Issue 14 points 2 and 3: room to read at 1280×800 with the live diagram open, and diagram
// views that open usefully (timelines readable in the side panel, zoom buttons off the chart,
// the zoom kept per view, go-live labels inside the chart).
import type { Locator, Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { launchStudio, type StudioHarness } from './support/harness';
import { openLongTitlePlan } from './support/long-title-plan';
import { openSection, settled } from './support/screen';
import { photograph, SMALL_SCREEN } from './support/small-screen';

let studio: StudioHarness | undefined;
afterEach(async () => {
  await studio?.close();
  studio = undefined;
});

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not laid out');
  return found;
}

/** The live panel's left edge: the editor must end before it. */
async function asideLeft(page: Page): Promise<number> {
  return (await box(page.getByRole('complementary', { name: 'Live diagram' }))).x;
}

async function noPageScrollAcross(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
}

/** Waits until every diagram in `scope` is drawn. */
async function drawn(scope: Locator): Promise<void> {
  await expect
    .poll(
      () =>
        scope.evaluate((element) =>
          Array.from(element.querySelectorAll('[data-testid="diagram"]')).every(
            (diagram) =>
              diagram.getAttribute('aria-busy') === 'false' &&
              diagram.querySelector('[data-testid="diagram-svg"] svg') !== null,
          ),
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
}

const scaleOf = (scope: Locator) =>
  scope.evaluate((element) => {
    const content = element.querySelector('[data-testid="diagram-svg"]')?.parentElement;
    return content ? new DOMMatrix(getComputedStyle(content).transform).a : NaN;
  });

it('fits each editor at 1280×800 beside the live diagram, long titles readable', async () => {
  studio = await openLongTitlePlan();
  const { page } = studio;

  // Packaged plan: the title field has the room the id column took, and shows the whole title
  // on hover; the delivery's badges never cover its name.
  await openSection(page, 'Packaged plan');
  const title = page.getByRole('textbox', { name: 'Title, item d0-i0' });
  expect((await box(title)).width).toBeGreaterThanOrEqual(420);
  expect(await title.getAttribute('title')).toBe(await title.inputValue());
  await page
    .getByRole('textbox', { name: 'Name' })
    .first()
    .fill('Wave 1: card authorisation and EU settlement');
  const card = page.getByTestId('delivery-card').first();
  const name = card.getByRole('heading', { level: 2 }).locator('span[title]');
  await expect.poll(() => name.textContent()).toBe('Wave 1: card authorisation and EU settlement');
  // The whole name shows (no ellipsis), and no badge lies over it.
  expect(await name.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  const nameBox = await box(name);
  for (const badge of await card.locator('.mantine-Badge-root').all()) {
    const badgeBox = await box(badge);
    const overlap =
      nameBox.x < badgeBox.x + badgeBox.width &&
      badgeBox.x < nameBox.x + nameBox.width &&
      nameBox.y < badgeBox.y + badgeBox.height &&
      badgeBox.y < nameBox.y + nameBox.height;
    expect({ badge: await badge.textContent(), overlap }).toEqual({
      badge: await badge.textContent(),
      overlap: false,
    });
  }
  expect((await box(card)).x + (await box(card)).width).toBeLessThanOrEqual(await asideLeft(page));
  await page.mouse.move(640, 790);
  await settled(page);
  await photograph(page, 'packaged-plan-1280x800');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Strategy: a risk's description is wide enough to read.
  await openSection(page, 'Strategy');
  await page.getByRole('button', { name: 'Add risk' }).click();
  const risk = page.getByRole('textbox', { name: /^Description of risk/ }).first();
  await risk.fill('Card scheme certification of the new 3-D Secure flows slips past the freeze');
  expect((await box(risk)).width).toBeGreaterThanOrEqual(320);
  expect(await noPageScrollAcross(page)).toBe(true);
  await risk.evaluate((element) => {
    element.scrollIntoView({ block: 'center' });
  });
  await page.mouse.move(640, 790);
  await settled(page);
  await photograph(page, 'strategy-risks-1280x800');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Conversion review: the unmapped table shows "Assign to" and the names without clipping.
  await page.getByRole('banner').getByRole('button', { name: 'Convert', exact: true }).click();
  await page.getByTestId('conversion-review').waitFor();
  const assign = page
    .getByTestId('unmapped-row')
    .first()
    .getByLabel(/^Assign ".*" to a stream$/);
  const assignBox = await box(assign);
  expect(assignBox.x + assignBox.width).toBeLessThanOrEqual(await asideLeft(page));
  const itemName = page.getByTestId('unmapped-row').first().getByRole('rowheader');
  const clipped = await itemName.evaluate((cell) => cell.scrollWidth > cell.clientWidth + 1);
  expect(clipped).toBe(false);
  expect(await noPageScrollAcross(page)).toBe(true);

  // Stream design: the roles matrix and the streams fit beside the panel.
  await openSection(page, 'Stream design');
  await page.getByTestId('stream-design').waitFor();
  expect(await noPageScrollAcross(page)).toBe(true);
  await page.mouse.move(640, 790);
  await settled(page);
  await photograph(page, 'stream-design-1280x800');
  expect(await seriousAxeViolations(page)).toEqual([]);
}, 150_000);

it('opens the live Gantt readable, keeps the zoom buttons off the chart and the zoom per view', async () => {
  studio = await launchStudio();
  const { page } = studio;
  await page.setViewportSize(SMALL_SCREEN);
  await openSection(page, 'Packaged plan');
  const live = page.getByTestId('live-diagram');
  await drawn(live);
  // Mermaid's chart text is 11 px: at 0.75 or more it stays readable (fitted, it was ~0.3).
  expect(await scaleOf(live)).toBeGreaterThanOrEqual(0.75);
  const controls = await box(live.getByTestId('zoom-controls'));
  const chart = await box(live.getByRole('group', { name: /drag to pan/ }));
  expect(controls.y + controls.height).toBeLessThanOrEqual(chart.y);
  await page.mouse.move(640, 790);
  await settled(page);
  await photograph(page, 'live-gantt-1280x800');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Go-live labels stay inside the chart, right of the delivery names and dates.
  await openSection(page, 'Diagrams');
  const screen = page.getByTestId('diagram-panel-packaged');
  await drawn(screen);
  const labels = await screen.evaluate((element) => {
    const svg = element.querySelector('svg');
    const texts = Array.from(element.querySelectorAll('text'));
    const names = texts.filter((text) => /^Delivery \d/.test(text.textContent));
    const nameRight = Math.max(...names.map((text) => text.getBoundingClientRect().right));
    const left = svg?.getBoundingClientRect().left ?? 0;
    return texts
      .filter((text) => text.textContent.startsWith('Go-live'))
      .map((text) => ({
        text: text.textContent.trim(),
        insideChart: text.getBoundingClientRect().left >= left,
        clearOfNames: text.getBoundingClientRect().left > nameRight,
      }));
  });
  expect(labels).toEqual([
    { text: 'Go-live · 12 items', insideChart: true, clearOfNames: true },
    { text: 'Go-live · 11 items', insideChart: true, clearOfNames: true },
  ]);

  // The stream view opens fitted to the width; a zoom the user chose is still there after
  // looking at another view.
  await page.getByRole('radio', { name: 'Stream design', exact: true }).evaluate((radio) => {
    (radio as HTMLInputElement).click();
  });
  const streams = page.getByTestId('diagram-panel-streams');
  await streams.waitFor();
  await drawn(streams);
  const opened = await scaleOf(streams);
  await page.mouse.move(640, 790);
  await settled(page);
  await photograph(page, 'diagrams-streams-fitted-1280x800');
  await streams.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => scaleOf(streams)).toBeGreaterThan(opened);
  await page.waitForTimeout(400);
  const zoomed = await scaleOf(streams);
  await page.getByRole('radio', { name: 'Stream cadence', exact: true }).evaluate((radio) => {
    (radio as HTMLInputElement).click();
  });
  await page.getByTestId('diagram-panel-cadence').waitFor();
  await page.getByRole('radio', { name: 'Stream design', exact: true }).evaluate((radio) => {
    (radio as HTMLInputElement).click();
  });
  await drawn(page.getByTestId('diagram-panel-streams'));
  await expect
    .poll(() => scaleOf(page.getByTestId('diagram-panel-streams')))
    .toBeCloseTo(zoomed, 3);
  await streams.getByRole('button', { name: 'Fit to width' }).click();
  await expect.poll(() => scaleOf(streams)).toBeCloseTo(opened, 3);
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(studio.consoleErrors).toEqual([]);
}, 120_000);

/** The stream column's width and whether every role column shows without scrolling the box. */
const matrixLayout = (matrix: Locator) =>
  matrix.evaluate((table) => {
    const scroller = table.parentElement;
    const nameColumn = table.querySelector('tbody th');
    return {
      allColumnsInView: scroller ? scroller.scrollWidth <= scroller.clientWidth : false,
      nameWidth: nameColumn?.getBoundingClientRect().width ?? 0,
    };
  });

it('fits the roles matrix beside the live diagram at 1280×800: whole names, full role names on hover and focus', async () => {
  studio = await openLongTitlePlan();
  const { page } = studio;
  await page.getByRole('banner').getByRole('button', { name: 'Convert', exact: true }).click();
  await page.getByTestId('conversion-review').waitFor();
  await openSection(page, 'Stream design');
  // The conversion's notice would cover the picture's corner.
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) {
    await close.click({ timeout: 2000 }).catch(() => undefined);
  }
  const matrix = page.getByRole('table', { name: /^Roles matrix/ });
  await matrix.evaluate((table) => {
    table.scrollIntoView({ block: 'center' });
  });

  // Every ITIL process, function and role column shows at once, inside the editor.
  const opened = await matrixLayout(matrix);
  expect(opened.allColumnsInView).toBe(true);
  expect(opened.nameWidth).toBeGreaterThanOrEqual(160);
  expect(await matrix.getByRole('columnheader').count()).toBeGreaterThanOrEqual(17);
  const matrixBox = await box(matrix);
  expect(matrixBox.x + matrixBox.width).toBeLessThanOrEqual(await asideLeft(page));
  expect(await noPageScrollAcross(page)).toBe(true);

  // Stream names show whole, wrapped, never cut.
  const names = await matrix.getByRole('rowheader').evaluateAll((cells) =>
    cells.map((cell) => ({
      text: cell.textContent,
      whole: cell.scrollHeight <= cell.clientHeight + 1 && cell.scrollWidth <= cell.clientWidth + 1,
      cut: Array.from(cell.querySelectorAll('*')).some(
        (inner) => inner.scrollHeight > inner.clientHeight + 1,
      ),
    })),
  );
  expect(names.map((name) => name.text)).toContain(
    'Knowledge updates created & tested for the new functional requirements',
  );
  expect(names.filter((name) => !name.whole || name.cut)).toEqual([]);

  // A column head's full name on hover, and on keyboard focus.
  const sacm = matrix.getByRole('columnheader', {
    name: 'Service Asset and Configuration Management',
  });
  await sacm.hover();
  await expect
    .poll(() => page.getByRole('tooltip').textContent())
    .toBe('Service Asset and Configuration Management');
  await page.mouse.move(640, 790);
  await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);
  // Tab from the first head to the next, as a keyboard user moves along the heads.
  await matrix
    .getByRole('columnheader', { name: 'Transition Planning and Support' })
    .locator('[tabindex="0"]')
    .focus();
  await page.keyboard.press('Tab');
  await expect.poll(() => page.getByRole('tooltip').textContent()).toBe('Change Management');
  await settled(page);
  await photograph(page, 'roles-matrix-1280x800');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // A wider window gives the names more room; a narrower one scrolls the matrix in its own box,
  // the stream names staying at its left edge.
  await page.setViewportSize({ width: 1600, height: 900 });
  await expect
    .poll(async () => (await matrixLayout(matrix)).nameWidth)
    .toBeGreaterThan(opened.nameWidth + 40);
  expect((await matrixLayout(matrix)).allColumnsInView).toBe(true);
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(async () => (await matrixLayout(matrix)).allColumnsInView).toBe(false);
  expect(await noPageScrollAcross(page)).toBe(true);
  const sticky = await matrix.evaluate((table) => {
    const scroller = table.parentElement;
    if (!scroller) return null;
    scroller.scrollLeft = scroller.scrollWidth;
    const first = table.querySelector('tbody th');
    return Math.round(
      (first?.getBoundingClientRect().left ?? 0) - scroller.getBoundingClientRect().left,
    );
  });
  expect(sticky).toBeLessThanOrEqual(1);
  expect(studio.consoleErrors).toEqual([]);
}, 150_000);
