import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { build } from 'vite';
import type { EventChannel } from '../../../core/ipc/channels';
import type { EventPayloadOf } from '../../../core/ipc/contract';
import { dispatchInvoke } from '../../../electron/main/ipc/dispatch';
import { createHandlers, samplePlanPath } from '../../../electron/main/ipc/handlers';
import { isTrustedSender } from '../../../electron/main/ipc/register';
import { CHROMIUM_INSTALL_HINT, findChromium } from '../../../scripts/chromium-path.mjs';
import { serveRenderer, type RunningServer } from './static-server';

const PAGE_BRIDGE = 'test/e2e/support/page-bridge.ts';

/**
 * The checkout's root: above this file, or, when a benchmark bundles the harness into
 * out/bench (`npm run bench typing`), above that bundle.
 */
function findRepoRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, PAGE_BRIDGE))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No Transition Studio checkout was found above ${from}.`);
    dir = parent;
  }
  return dir;
}

export const repoRoot = findRepoRoot(import.meta.dirname);
const rendererDir = join(repoRoot, 'out/renderer');
export const screenshotDir = join(repoRoot, 'test-results/screenshots');

/** Chromium flags that work as root in a container with no network (see ENVIRONMENT.md). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface HarnessOptions {
  /** What the native "Open" dialog answers: a path, or undefined for Cancel. */
  openDialogAnswers?: (string | undefined)[];
  colorScheme?: 'light' | 'dark';
  /** Where the test begins: the start screen, or (default) the example plan opened from it. */
  start?: 'start-screen' | 'example';
}

export interface StudioHarness {
  page: Page;
  externalUrlsOpened: string[];
  consoleErrors: string[];
  emit<E extends EventChannel>(event: E, payload: EventPayloadOf<E>): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

let bridgeSource: Promise<string> | undefined;

/** The page-side bridge, bundled once per test process from the same core code as the preload. */
function pageBridgeSource(): Promise<string> {
  bridgeSource ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: join(repoRoot, PAGE_BRIDGE),
        formats: ['iife'],
        name: 'studioBridge',
      },
    },
  }).then((output) => {
    const outputs = Array.isArray(output) ? output : [output];
    for (const result of outputs) {
      if ('output' in result) {
        for (const entry of result.output) {
          if (entry.type === 'chunk') return entry.code;
        }
      }
    }
    throw new Error('Bundling the page bridge produced no code.');
  });
  return bridgeSource;
}

export function requireChromium(): string {
  const path = findChromium();
  if (!path) throw new Error(`No Chromium was found for the E2E tests. ${CHROMIUM_INSTALL_HINT}`);
  return path;
}

/**
 * Starts the built renderer in Chromium with `window.studio` bound to the real main-process
 * handler table. Only the native dialogs are replaced, by answers the test gives.
 */
export async function launchStudio(options: HarnessOptions = {}): Promise<StudioHarness> {
  const executablePath = requireChromium();
  const server: RunningServer = await serveRenderer(rendererDir);
  const profileDir = await mkdtemp(join(tmpdir(), 'studio-e2e-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const externalUrlsOpened: string[] = [];
    const consoleErrors: string[] = [];
    const openAnswers = [...(options.openDialogAnswers ?? [])];
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    const handlers = createHandlers({
      appInfo: {
        name: 'Transition Studio',
        version: 'e2e',
        platform: process.platform,
        runtime: 'browser-harness',
      },
      samplePlanPath: samplePlanPath(join(repoRoot, 'resources')),
      dialogs: { choosePlanToOpen: () => Promise.resolve(openAnswers.shift()) },
      openExternal: (url) => {
        externalUrlsOpened.push(url);
        return Promise.resolve();
      },
    });
    const appOrigins = [new URL(server.url).origin];
    const pageId = 1;
    await page.exposeBinding('__studioInvoke', (source, channel: unknown, payload: unknown) =>
      dispatchInvoke(handlers, channel, payload, {
        // Electron's sender rule, with this page standing in for the one window we created.
        trusted: isTrustedSender(
          {
            webContentsId: source.page === page ? pageId : -1,
            frameUrl: source.frame.url(),
            isMainFrame: source.frame === page.mainFrame(),
          },
          new Set([pageId]),
          appOrigins,
        ),
      }),
    );
    await page.addInitScript({ content: await pageBridgeSource() });
    await page.goto(server.url);
    if ((options.start ?? 'example') === 'example') {
      await page.getByRole('button', { name: 'Open the example' }).click();
      await page.getByTestId('document-title').waitFor();
    }

    return {
      page,
      externalUrlsOpened,
      consoleErrors,
      emit: async (event, payload) => {
        await page.evaluate(
          ([name, value]) => {
            (globalThis as unknown as { __studioEmit(e: string, p: unknown): void }).__studioEmit(
              name,
              value,
            );
          },
          [event, payload] as const,
        );
      },
      screenshot: async (name) => {
        await mkdir(screenshotDir, { recursive: true });
        const path = join(screenshotDir, `${name}.png`);
        await page.screenshot({ path, fullPage: true });
        return path;
      },
      close: async () => {
        await context?.close();
        await server.close();
        await rm(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    await server.close();
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}
