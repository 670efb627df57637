import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { Low } from 'lowdb';
import type { AppData } from '../../../io/app-database';
import { restoreBounds } from './bounds';
import { mainWindowOptions } from './options';

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
  const window = new BrowserWindow(
    mainWindowOptions(
      setup.preloadPath,
      restoreBounds(saved?.bounds, workAreas),
      setup.iconPath,
      nativeTheme.shouldUseDarkColors,
    ),
  );
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
