import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { Low } from 'lowdb';
import type { AppData } from '../../../io/app-database';
import { restoreBounds } from './bounds';

export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

export interface MainWindowSetup {
  preloadPath: string;
  iconPath?: string;
  entryUrl: string;
  db: Low<AppData>;
  trustedWebContentsIds: Set<number>;
}

/** Creates the window, restoring its last bounds (kept on a visible display) and saving them. */
export function createMainWindow(setup: MainWindowSetup): BrowserWindow {
  const saved = setup.db.data.window;
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
  const rememberBounds = (): void => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    setup.db.data.window = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
  };
  const scheduleSave = (): void => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      rememberBounds();
      void setup.db.write();
    }, 500);
  };
  window.on('resize', scheduleSave);
  window.on('move', scheduleSave);
  window.on('close', () => {
    clearTimeout(saveTimer);
    rememberBounds();
    void setup.db.write();
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
