import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type ConsoleMessage,
  type Frame,
  type Page,
} from 'playwright-core';
import { build } from 'vite';
import type { EventChannel } from '../../../core/contract/ipc/channels';
import type { EventPayloadOf } from '../../../core/contract/ipc/contract';
import { APP_DATABASE_FILE } from '../../../electron/main/documents/document-services';
import { dispatchInvoke, dispatchSend } from '../../../electron/main/ipc/dispatch';
import { createHandlers, createMessageHandlers } from '../../../electron/main/ipc/handlers';
import { isTrustedSender } from '../../../electron/main/ipc/register';
import { CHROMIUM_INSTALL_HINT, findChromium } from '../../../scripts/chromium-path.mjs';
import { createTestMainServices, type TestMainServices } from '../../support/main-services';
import { serveRenderer, type RunningServer } from './static-server';
import { CHROMIUM_ARGS } from '../../../io/chromium-flags';

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

export interface HarnessOptions {
  /** What the native "Open" dialog answers: a path, or undefined for Cancel. */
  openDialogAnswers?: (string | undefined)[];
  /** What the export "Save" dialog answers: a path, or undefined for Cancel. */
  exportDialogAnswers?: (string | undefined)[];
  /** What the "Export all views" folder dialog answers: a folder, or undefined for Cancel. */
  folderDialogAnswers?: (string | undefined)[];
  /** What the File › Import… dialog answers: a path, or undefined for Cancel. */
  importDialogAnswers?: (string | undefined)[];
  /** What the native "Save" dialog answers, in order: a path, or undefined for Cancel. */
  saveDialogAnswers?: (string | undefined)[];
  colorScheme?: 'light' | 'dark';
  /**
   * The app database to start from, written to the test's own userData folder as the file's
   * text (a string, to start from a corrupt file) or as JSON.
   */
  appData?: unknown;
  /** Paths the preload stand-in resolves for dropped files, by file name (sent to main, never to the page). */
  droppedFilePaths?: Record<string, string>;
  /** Debounce of the file watcher (the app's default is 300 ms). */
  watchDebounceMs?: number;
  /** Where the test begins: the start screen, or (default) the example plan opened from it. */
  start?: 'start-screen' | 'example';
  /**
   * A userData folder to reuse (a second run of the app after a crash); the test owns it and it
   * is left in place. By default each launch gets a fresh one, removed on close.
   */
  userDataDir?: string;
}

export interface StudioHarness {
  page: Page;
  /** The test's own userData folder, holding the real app database. */
  userDataDir: string;
  /** What main did: events sent, window states reported, close answers, dialog suggestions. */
  main: TestMainServices;
  externalUrlsOpened: string[];
  consoleErrors: string[];
  emit<E extends EventChannel>(event: E, payload: EventPayloadOf<E>): Promise<void>;
  screenshot(name: string): Promise<string>;
  /**
   * Ends the run as a crash would: every Chromium process of this run is killed with SIGKILL and
   * nothing is shut down or flushed; only what already reached the disk survives.
   */
  crash(): Promise<void>;
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
  const userDataDir = options.userDataDir ?? join(profileDir, 'user-data');
  await mkdir(userDataDir, { recursive: true });
  if (options.appData !== undefined) {
    await writeFile(
      join(userDataDir, APP_DATABASE_FILE),
      typeof options.appData === 'string' ? options.appData : JSON.stringify(options.appData),
    );
  }
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      // The app's own flags, headless as the E2E runs it.
      args: ['--headless', ...CHROMIUM_ARGS],
      viewport: { width: 1280, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const consoleErrors: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    const main = await createTestMainServices({
      userDataDir,
      runtime: 'browser-harness',
      ...(options.openDialogAnswers ? { openDialogAnswers: options.openDialogAnswers } : {}),
      ...(options.saveDialogAnswers ? { saveDialogAnswers: options.saveDialogAnswers } : {}),
      ...(options.exportDialogAnswers ? { exportDialogAnswers: options.exportDialogAnswers } : {}),
      ...(options.folderDialogAnswers ? { folderDialogAnswers: options.folderDialogAnswers } : {}),
      ...(options.importDialogAnswers ? { importDialogAnswers: options.importDialogAnswers } : {}),
      ...(options.watchDebounceMs === undefined
        ? {}
        : { watchDebounceMs: options.watchDebounceMs }),
      // Events from "main" reach the page as the preload would deliver them.
      forward: (event, payload) => {
        void page
          .evaluate(
            ([name, value]) => {
              (globalThis as unknown as { __studioEmit(e: string, p: unknown): void }).__studioEmit(
                name,
                value,
              );
            },
            [event, payload] as const,
          )
          .catch(() => undefined);
      },
    });
    const externalUrlsOpened = main.externalUrlsOpened;
    const handlers = createHandlers({
      ...main.services,
      appInfo: { ...main.services.appInfo, version: 'e2e' },
    });
    const appOrigins = [new URL(server.url).origin];
    const pageId = 1;
    const messages = createMessageHandlers(main.services);
    // Electron's sender rule, with this page standing in for the one window we created.
    const trusted = (source: { page: Page; frame: Frame }) =>
      isTrustedSender(
        {
          webContentsId: source.page === page ? pageId : -1,
          frameUrl: source.frame.url(),
          isMainFrame: source.frame === page.mainFrame(),
        },
        new Set([pageId]),
        appOrigins,
      );
    await page.exposeBinding('__studioInvoke', (source, channel: unknown, payload: unknown) =>
      dispatchInvoke(handlers, channel, payload, { trusted: trusted(source) }),
    );
    await page.exposeBinding('__studioSend', (source, channel: unknown, payload: unknown) => {
      dispatchSend(messages, channel, payload, { trusted: trusted(source) });
    });
    await page.addInitScript({
      content: `globalThis.__studioDroppedPaths = ${JSON.stringify(options.droppedFilePaths ?? {})};`,
    });
    await page.addInitScript({ content: await pageBridgeSource() });
    await page.goto(server.url);
    if ((options.start ?? 'example') === 'example') {
      await page.getByRole('button', { name: 'Open the example' }).click();
      await page.getByTestId('document-title').waitFor();
    }

    return {
      page,
      userDataDir,
      main,
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
      crash: async () => {
        killProcessesMentioning(profileDir);
        main.documents.watcher.stop();
        await server.close();
        await rm(profileDir, { recursive: true, force: true });
      },
      close: async () => {
        main.documents.watcher.stop();
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

/** SIGKILLs every process whose command line names `marker` (this run's Chromium profile). */
function killProcessesMentioning(marker: string): void {
  const listing = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  for (const line of listing.split('\n')) {
    const match = /^\s*(\d+)\s+(.*)$/u.exec(line);
    if (match?.[2]?.includes(marker) && Number(match[1]) !== process.pid) {
      try {
        process.kill(Number(match[1]), 'SIGKILL');
      } catch {
        // Already gone: a child that died with its parent.
      }
    }
  }
}
