/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../core/plan/schema';
import { META_CONTENT_SECURITY_POLICY } from '../../electron/main/app-protocol/assets';
import { seriousAxeViolations } from './support/axe';
import { launchStudio, repoRoot, type StudioHarness } from './support/harness';

let studio: StudioHarness | undefined;

afterEach(async () => {
  await studio?.close();
  studio = undefined;
});

describe('the app in Chromium, against the real main-process handlers', () => {
  it('opens the sample plan from the start screen: 2 deliveries and 27 items', async () => {
    studio = await launchStudio({ start: 'start-screen' });
    const { page } = studio;
    await studio.screenshot('start-screen');
    await page.getByRole('button', { name: 'Open the example' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Seed example: two packaged deliveries');
    await expect.poll(() => page.getByTestId('plan-item').count()).toBe(27);
    expect(
      await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents(),
    ).toEqual(['Delivery 1', 'Delivery 2']);
    expect(await page.getByTestId('plan-summary').textContent()).toBe('2 deliveries · 27 items');
    // A kind-specific figure, formatted as a transition manager reads it.
    expect(
      await page
        .getByRole('textbox', { name: 'Briefing, weeks before, item ops-brief-1' })
        .inputValue(),
    ).toBe('t-3 weeks');
    await studio.screenshot('sample-plan');
    expect(studio.consoleErrors).toEqual([]);
  });

  it('refuses malformed requests and unsafe external links with typed errors', async () => {
    studio = await launchStudio();
    const answers = await studio.page.evaluate(async () => {
      const api = (
        globalThis as unknown as { studio: Record<string, (r?: unknown) => Promise<unknown>> }
      ).studio;
      return {
        javascriptUrl: await api.openExternal?.({ url: 'javascript:alert(1)' }),
        httpsUrl: await api.openExternal?.({ url: 'https://www.axelos.com/' }),
        appLink: await api.openExternal?.({ url: 'https://transition-studio.example/docs/' }),
        malformed: await api.openExternal?.({ url: 42 }),
      };
    });
    expect(answers.javascriptUrl).toEqual({ ok: true, value: { opened: false } });
    // Another site is shown to the user in full first; the harness's user declines.
    expect(answers.httpsUrl).toEqual({ ok: true, value: { opened: false } });
    expect(answers.appLink).toEqual({ ok: true, value: { opened: true } });
    expect(answers.malformed).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(studio.main.externalUrlsConfirmed).toEqual(['https://www.axelos.com/']);
    expect(studio.externalUrlsOpened).toEqual(['https://transition-studio.example/docs/']);
  });

  it('keeps the open plan and names the file when File › Open picks a bad one', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'studio-bad-'));
    const badFile = join(folder, 'broken.transition');
    await writeFile(badFile, '{ "format": "transition-studio.plan", "schemaVersion": 7 }');
    studio = await launchStudio({ openDialogAnswers: [badFile] });
    const { page } = studio;
    await expect.poll(() => page.getByTestId('plan-item').count()).toBe(27);
    await studio.emit('menuCommand', 'open');
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toContain('"broken.transition" is not a valid plan.');
    expect(await alert.textContent()).toContain(
      `newer than this app reads (version ${String(CURRENT_SCHEMA_VERSION)})`,
    );
    expect(await page.getByTestId('plan-item').count()).toBe(27);
    await studio.screenshot('open-bad-file');
  });
});

describe('the page’s defences', () => {
  it('runs under the app’s Content-Security-Policy: injected inline script never runs', async () => {
    studio = await launchStudio();
    const { page } = studio;
    await expect.poll(() => page.getByTestId('plan-item').count()).toBe(27);
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    const ran = await page.evaluate(async () => {
      const flags = globalThis as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="x" onerror="window.__handlerRan = true">';
      document.body.append(holder);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { inline: flags.__inlineRan === true, handler: flags.__handlerRan === true };
    });
    expect(ran).toEqual({ inline: false, handler: false });
  });
});

describe('File menu commands', () => {
  it('opens a plan chosen in the Open dialog, and New starts a blank plan', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'studio-open-'));
    const planFile = join(folder, 'payments.transition');
    const sample = JSON.parse(
      await readFile(join(repoRoot, 'resources/samples/seed-plan.transition.json'), 'utf8'),
    ) as { title: string; packagedPlan: { deliveries: unknown[] } };
    sample.title = 'Payments platform go-live';
    sample.packagedPlan.deliveries = sample.packagedPlan.deliveries.slice(0, 1);
    await writeFile(planFile, JSON.stringify(sample));
    studio = await launchStudio({ openDialogAnswers: [planFile, undefined] });
    const { page } = studio;
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe('Seed example: two packaged deliveries');

    await studio.emit('menuCommand', 'open');
    await expect.poll(() => heading.textContent()).toBe('Payments platform go-live');
    expect(await page.getByTestId('plan-summary').textContent()).toBe('1 delivery · 14 items');

    // Cancelling the dialog changes nothing.
    await studio.emit('menuCommand', 'open');
    await expect.poll(() => heading.textContent()).toBe('Payments platform go-live');

    await studio.emit('menuCommand', 'new');
    await expect.poll(() => heading.textContent()).toBe('Untitled plan');
    await studio.screenshot('new-plan');
  });

  it('renders in the dark colour scheme', async () => {
    studio = await launchStudio({ colorScheme: 'dark' });
    const { page } = studio;
    await expect.poll(() => page.getByTestId('plan-item').count()).toBe(27);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await studio.screenshot('sample-plan-dark');
  });
});

describe('accessibility of the shell', () => {
  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violations on the start screen and the editor (%s)',
    async (colorScheme) => {
      studio = await launchStudio({ colorScheme, start: 'start-screen' });
      const { page } = studio;
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Open the example' }).click();
      await page.getByTestId('document-title').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
    },
  );
});
