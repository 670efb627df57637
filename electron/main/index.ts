import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { eventChannelName } from '../../core/ipc/channels';
import type { MenuCommand } from '../../core/ipc/contract';
import { openAppDatabase } from '../../io/app-database';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  mimeTypeFor,
  resolveAppUrl,
  securityHeaders,
} from './app-protocol/assets';
import { electronExportDialogs } from './export/native-dialogs';
import { createHandlers, samplePlanPath } from './ipc/handlers';
import { registerIpcHandlers } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { isAllowedExternalUrl } from './security/external-urls';
import { denyAllPermissions, hardenWebContents } from './security/web-contents';
import { createMainWindow } from './window/main-window';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
const resourcesDir = join(app.getAppPath(), 'resources');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const appOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { appOrigins, openExternal: openExternalSafely });
  });
  void app.whenReady().then(start);
}

function openExternalSafely(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession, appOrigins);
  protocol.handle(APP_SCHEME, serveRendererAsset);

  const { db, recoveredFrom } = await openAppDatabase(
    join(app.getPath('userData'), 'app-data.json'),
  );
  if (recoveredFrom) {
    console.warn(`App data was unreadable and was moved to ${recoveredFrom.movedTo}`);
  }

  const trustedWebContentsIds = new Set<number>();
  const handlers = createHandlers({
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      runtime: 'electron',
    },
    samplePlanPath: samplePlanPath(resourcesDir),
    dialogs: {
      choosePlanToOpen: async () => {
        const parent = BrowserWindow.getFocusedWindow();
        const options: Electron.OpenDialogOptions = {
          title: 'Open plan',
          properties: ['openFile'],
          filters: [
            { name: 'Transition plans', extensions: ['transition', 'json'] },
            { name: 'All files', extensions: ['*'] },
          ],
        };
        const result = parent
          ? await dialog.showOpenDialog(parent, options)
          : await dialog.showOpenDialog(options);
        return result.canceled ? undefined : result.filePaths[0];
      },
    },
    openExternal: (url) => shell.openExternal(url),
    exportDialogs: electronExportDialogs(() => app.getPath('documents')),
  });
  registerIpcHandlers(ipcMain, handlers, trustedWebContentsIds, appOrigins);

  const sendToFocused = (command: MenuCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    target?.webContents.send(eventChannelName('menuCommand'), command);
  };
  app.setAboutPanelOptions({
    applicationName: 'Transition Studio',
    applicationVersion: app.getVersion(),
    copyright: 'Plan ITIL service transitions as packaged releases or DevOps streams.',
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          platform: process.platform,
          appName: 'Transition Studio',
          // Recent files are recorded from the document service (issue 5); none yet.
          recentFiles: [],
          openRecent: () => undefined,
          devTools: !app.isPackaged,
        },
        { send: sendToFocused, showAbout: () => app.showAboutPanel() },
      ),
    ),
  );

  const openWindow = (): BrowserWindow =>
    createMainWindow({
      preloadPath,
      iconPath: join(resourcesDir, 'icons', 'icon-256.png'),
      entryUrl: devServerUrl ?? APP_ENTRY_URL,
      db,
      trustedWebContentsIds,
    });
  let mainWindow = openWindow();

  app.on('second-instance', () => {
    if (mainWindow.isDestroyed()) mainWindow = openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

async function serveRendererAsset(request: Request): Promise<Response> {
  const filePath = resolveAppUrl(rendererDir, request.url);
  if (filePath === null) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(filePath);
    return new Response(body, { status: 200, headers: securityHeaders(mimeTypeFor(filePath)) });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
