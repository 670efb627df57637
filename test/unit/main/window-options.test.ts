import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppData } from '../../../io/app-database';

const created = vi.hoisted(() => ({ options: [] as Record<string, unknown>[] }));

vi.mock('electron', () => {
  class FakeWindow {
    readonly webContents = { id: 7 };
    constructor(options: Record<string, unknown>) {
      created.options.push(options);
    }
    on = vi.fn();
    once = vi.fn();
    maximize = vi.fn();
    loadURL = vi.fn(() => Promise.resolve());
  }
  return {
    BrowserWindow: FakeWindow,
    nativeTheme: { shouldUseDarkColors: false },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
});

const { MIN_WINDOW_SIZE, createMainWindow } =
  await import('../../../electron/main/window/main-window');

function openWindow(
  window: AppData['window'],
  iconPath?: string,
): { options: Record<string, unknown>; trusted: Set<number> } {
  const trusted = new Set<number>();
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    entryUrl: 'app://studio/index.html',
    store: { windowState: window, saveWindowState: vi.fn(() => Promise.resolve()) },
    trustedWebContentsIds: trusted,
    ...(iconPath ? { iconPath } : {}),
  });
  const options = created.options.at(-1);
  if (!options) throw new Error('no window was created');
  return { options, trusted };
}

describe('the main window', () => {
  beforeEach(() => {
    created.options.length = 0;
  });

  it('makes every security-relevant web preference explicit and safe', () => {
    // Written out in alphabetical order, as a reviewer checks them, not copied from the code.
    expect(openWindow(undefined).options.webPreferences).toMatchObject({
      allowRunningInsecureContent: false,
      contextIsolation: true,
      disableBlinkFeatures: 'Auxclick',
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      preload: '/app/out/preload/index.cjs',
      safeDialogs: true,
      sandbox: true,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('is trusted for IPC once created', () => {
    expect([...openWindow(undefined).trusted]).toEqual([7]);
  });

  it('stays hidden until the page is ready, at the restored bounds', () => {
    const { options } = openWindow({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: false,
    });
    expect(options).toMatchObject({ show: false, x: 10, y: 20, width: 1000, height: 700 });
  });

  it('cannot be made smaller than the minimum size', () => {
    expect(openWindow(undefined).options).toMatchObject({
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
    });
  });

  it('sets the icon only when one is given', () => {
    expect(openWindow(undefined).options).not.toHaveProperty('icon');
    expect(openWindow(undefined, '/icons/icon.png').options.icon).toBe('/icons/icon.png');
  });
});
