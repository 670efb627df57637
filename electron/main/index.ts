import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, ipcMain, protocol, session } from 'electron';
import type { RecentFile } from '../../core/contract/app-data/documents';
import { eventChannelName } from '../../core/contract/ipc/channels';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  mimeTypeFor,
  resolveAppUrl,
  securityHeaders,
} from './app-protocol/assets';
import { electronExportDialogs } from './dialogs/export-dialogs';
import { electronExternalLinks, electronPlanDialogs } from './dialogs/plan-dialogs';
import { electronImportDialogs } from './dialogs/import-dialogs';
import {
  openDocumentServices,
  type EmitEvent,
  type WindowDocumentState,
} from './documents/document-services';
import { planPathsFromArgv } from './documents/launch-files';
import {
  createHandlers,
  createMessageHandlers,
  samplePlanPath,
  type MainServices,
} from './ipc/handlers';
import { registerIpcHandlers } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { openLink } from './security/external-link-handlers';
import { denyAllPermissions, hardenWebContents } from './security/web-contents';
import { CloseGuard } from './window/close-guard';
import { electronChooseReportFile } from './dialogs/report-dialogs';
import { printReportToPdf } from './report/print-pdf';
import { documentWindowTitle } from './window/document-title';
import { createMainWindow } from './window/main-window';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
const resourcesDir = join(app.getAppPath(), 'resources');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const appOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];

/** Plan files the OS asked to open before the app was ready (argv, macOS open-file). */
const filesBeforeReady: string[] = planPathsFromArgv(process.argv, {
  cwd: process.cwd(),
  isPackaged: app.isPackaged,
});
let openRequestedFile = (path: string): void => {
  filesBeforeReady.push(path);
};

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // macOS sends this for files opened with the app, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openRequestedFile(path);
  });
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

const externalLinks = electronExternalLinks();

function openExternalSafely(url: string): void {
  void openLink(externalLinks, url);
}

type Documents = Awaited<ReturnType<typeof openDocumentServices>>;

/** What the handler table needs from Electron: dialogs, links, the printer, the documents. */
function electronMainServices(documents: Documents): MainServices {
  return {
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      runtime: 'electron',
    },
    samplePlanPath: samplePlanPath(resourcesDir),
    dialogs: electronPlanDialogs(),
    externalLinks,
    exportDialogs: electronExportDialogs(() => app.getPath('documents')),
    importDialogs: electronImportDialogs(),
    reports: {
      chooseReportFile: electronChooseReportFile(() => app.getPath('documents')),
      printToPdf: printReportToPdf,
    },
    documents,
  };
}

/** What the Edit menu's Undo and Redo would do, as the page last reported it. */
interface MenuEdits {
  undo: string | null;
  redo: string | null;
}

function setApplicationMenu(
  files: readonly RecentFile[],
  edits: MenuEdits,
  documents: Documents,
  emit: EmitEvent,
): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          platform: process.platform,
          appName: 'Transition Studio',
          recentFiles: files,
          openRecent: (path) => {
            void documents.requestOpen(path);
          },
          devTools: !app.isPackaged,
          undo: edits.undo,
          redo: edits.redo,
        },
        {
          send: (command) => {
            emit('menuCommand', command);
          },
          showAbout: () => app.showAboutPanel(),
        },
      ),
    ),
  );
}

/** The application menu, rebuilt when the recent files or what Undo and Redo would do change. */
function applicationMenu(emit: EmitEvent) {
  let files: readonly RecentFile[] = [];
  let edits: MenuEdits = { undo: null, redo: null };
  let documents: Documents | undefined;
  const rebuild = (): void => {
    if (documents) setApplicationMenu(files, edits, documents, emit);
  };
  return {
    attach(opened: Documents): void {
      documents = opened;
      files = opened.store.recentFiles;
      rebuild();
    },
    setFiles(next: readonly RecentFile[]): void {
      files = next;
      rebuild();
    },
    setEdits(next: MenuEdits): void {
      if (next.undo === edits.undo && next.redo === edits.redo) return;
      edits = next;
      rebuild();
    },
  };
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession, appOrigins);
  protocol.handle(APP_SCHEME, serveRendererAsset);

  let mainWindow: BrowserWindow | undefined;
  // The one way events reach the page (menu commands included): the app has one window.
  const emit: EmitEvent = (event, payload) => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      mainWindow.webContents.send(eventChannelName(event), payload);
    }
  };
  const closeGuard = new CloseGuard({
    askPage: (quitting) => {
      emit('closeRequested', { quitting });
    },
    closeWindow: () => mainWindow?.close(),
    quitApp: () => {
      app.quit();
    },
  });
  const menu = applicationMenu(emit);
  const showDocumentState = (state: WindowDocumentState): void => {
    closeGuard.setDirty(state.dirty);
    menu.setEdits({ undo: state.undo, redo: state.redo });
    if (!mainWindow || mainWindow.isDestroyed()) return;
    mainWindow.setTitle(documentWindowTitle(state, process.platform));
    if (process.platform === 'darwin') {
      mainWindow.setDocumentEdited(state.dirty);
      mainWindow.setRepresentedFilename(state.path ?? '');
    }
  };
  const documents = await openDocumentServices({
    userDataDir: app.getPath('userData'),
    emit,
    window: {
      setDocumentState: showDocumentState,
      answerCloseRequest: (proceed) => {
        closeGuard.answer(proceed);
      },
    },
    onRecentFilesChanged: (files) => {
      menu.setFiles(files);
      const newest = files[0];
      if (newest) app.addRecentDocument(newest.path);
    },
  });
  openRequestedFile = (path) => {
    void documents.requestOpen(path);
    mainWindow?.focus();
  };
  for (const path of filesBeforeReady.splice(0)) void documents.requestOpen(path);

  const trustedWebContentsIds = new Set<number>();
  const mainServices = electronMainServices(documents);
  registerIpcHandlers(
    ipcMain,
    { handlers: createHandlers(mainServices), messages: createMessageHandlers(mainServices) },
    trustedWebContentsIds,
    appOrigins,
  );

  app.setAboutPanelOptions({
    applicationName: 'Transition Studio',
    applicationVersion: app.getVersion(),
    copyright: 'Plan ITIL service transitions as packaged releases or DevOps streams.',
  });
  menu.attach(documents);

  const openWindow = (): BrowserWindow => {
    const window = createMainWindow({
      preloadPath,
      iconPath: join(resourcesDir, 'icons', 'icon-256.png'),
      entryUrl: devServerUrl ?? APP_ENTRY_URL,
      store: documents.store,
      trustedWebContentsIds,
    });
    window.on('close', (event) => {
      if (closeGuard.holdClose()) event.preventDefault();
    });
    window.webContents.on('render-process-gone', () => {
      closeGuard.pageGone();
      documents.inbox.pageGone();
    });
    window.webContents.on('did-start-navigation', (details) => {
      // A reload: the new page takes the start-up state again and reports its document.
      if (details.isMainFrame && !details.isSameDocument) {
        closeGuard.pageGone();
        documents.inbox.pageGone();
      }
    });
    return window;
  };
  mainWindow = openWindow();

  app.on('before-quit', () => {
    closeGuard.quitRequested();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!mainWindow || mainWindow.isDestroyed()) mainWindow = openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    for (const path of planPathsFromArgv(argv, {
      cwd: workingDirectory,
      isPackaged: app.isPackaged,
    })) {
      void documents.requestOpen(path);
    }
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
  });
  app.on('window-all-closed', () => {
    documents.watcher.stop();
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
