import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

/** The main window's options: every web preference that matters for security is explicit. */
export function mainWindowOptions(
  preloadPath: string,
  bounds: Partial<Rectangle>,
  iconPath?: string,
  darkTheme = false,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Transition Studio',
    // Matches the page's first paint, so a dark desktop gets no white flash.
    backgroundColor: darkTheme ? '#242424' : '#ffffff',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
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
      // Middle-click would otherwise open links in a new window (denied anyway, but never offered).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
    },
  };
}
