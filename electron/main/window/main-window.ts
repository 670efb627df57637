import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { AppStore } from '../../../io/app-store';
import { restoreBounds } from './bounds';

export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

export interface MainWindowSetup {
  preloadPath: string;
  iconPath?: string;
  entryUrl: string;
  /** Where the bounds are kept: the app store, whose writes are durable and report failures. */
  store: Pick<AppStore, 'windowState' | 'saveWindowState'>;
  trustedWebContentsIds: Set<number>;
}

/** Creates the window, restoring its last bounds (kept on a visible display) and saving them. */
export function createMainWindow(setup: MainWindowSetup): BrowserWindow {
  const saved = setup.store.windowState;
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  // Every security-relevant preference is spelled out in this literal, where reviewers and
  // static audits (npm run audit:electron) can see it.
  const window = new BrowserWindow({
    ...restoreBounds(saved?.bounds, workAreas),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Transition Studio',
    // Matches the page's first paint, so a dark desktop gets no white flash.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#242424' : '#ffffff',
    ...(setup.iconPath ? { icon: setup.iconPath } : {}),
    webPreferences: {
      preload: setup.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise open links in a new window (denied anyway, never offered).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
    },
  });
  const contentsId = window.webContents.id;
  setup.trustedWebContentsIds.add(contentsId);
  if (saved?.maximized) window.maximize();

  let saveTimer: NodeJS.Timeout | undefined;
  const saveBounds = (): void => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const state = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    // Losing the window's place is not worth interrupting the user for; the sentence is logged.
    setup.store.saveWindowState(state).catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
    });
  };
  const scheduleSave = (): void => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveBounds, 500);
  };
  window.on('resize', scheduleSave);
  window.on('move', scheduleSave);
  window.on('close', () => {
    clearTimeout(saveTimer);
    saveBounds();
  });
  window.on('closed', () => {
    setup.trustedWebContentsIds.delete(contentsId);
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  void window.loadURL(setup.entryUrl);
  return window;
}
