import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  INVOKE_CHANNELS,
  invokeChannelName,
  sendChannelName,
  type SendChannel,
} from '../../../core/contract/ipc/channels';

/**
 * electron/main/index.ts wired to a fake `electron` module: the Electron binary cannot run on
 * the build machines, but the order and content of what main sets up can be checked here.
 */
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(event: string, listener: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener): this {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }
  let nextId = 1;
  class FakeWindow extends Emitter {
    static windows: FakeWindow[] = [];
    readonly webContents = Object.assign(new Emitter(), { id: nextId++, send: vi.fn() });
    readonly loadURL = vi.fn(() => Promise.resolve());
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeWindow.windows.push(this);
    }
    static getAllWindows(): FakeWindow[] {
      return FakeWindow.windows;
    }
    static getFocusedWindow(): FakeWindow | undefined {
      return FakeWindow.windows[0];
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isFullScreen = () => false;
    isMaximized = () => false;
    maximize = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    close = vi.fn();
    setTitle = vi.fn();
    setDocumentEdited = vi.fn();
    setRepresentedFilename = vi.fn();
    show = vi.fn();
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 });
  }
  const app = Object.assign(new Emitter(), {
    lock: true,
    requestSingleInstanceLock: vi.fn((): boolean => app.lock),
    quit: vi.fn(),
    whenReady: () => Promise.resolve(),
    getAppPath: (): string => '',
    getPath: (): string => '',
    getName: () => 'Transition Studio',
    getVersion: () => '0.0.0-test',
    isPackaged: false,
    setAboutPanelOptions: vi.fn(),
    addRecentDocument: vi.fn(),
    showAboutPanel: vi.fn(),
  });
  return {
    app,
    FakeWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    ipcMain: { handle: vi.fn(), on: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => template),
      setApplicationMenu: vi.fn(),
    },
  };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.FakeWindow,
  protocol: fake.protocol,
  session: fake.session,
  ipcMain: fake.ipcMain,
  Menu: fake.Menu,
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  shell: { openExternal: vi.fn() },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  nativeTheme: { shouldUseDarkColors: false },
}));

const repoRoot = resolve(import.meta.dirname, '../../..');

async function startMain(lock: boolean): Promise<void> {
  vi.resetModules();
  vi.clearAllMocks();
  fake.FakeWindow.windows = [];
  fake.app.listeners.clear();
  fake.app.lock = lock;
  const userData = mkdtempSync(join(tmpdir(), 'studio-main-'));
  fake.app.getPath = () => userData;
  fake.app.getAppPath = () => repoRoot;
  await import('../../../electron/main/index');
}

type IpcListener = (event: unknown, payload: unknown) => Promise<unknown>;

/** What main does with a one-way message from the page (ipcMain.on). */
function messageListener(channel: SendChannel): (event: unknown, payload: unknown) => void {
  const call = (fake.ipcMain.on.mock.calls as [string, (e: unknown, p: unknown) => void][]).find(
    ([name]) => name === sendChannelName(channel),
  );
  if (!call) throw new Error(`nothing listens on ${channel}`);
  return call[1];
}

function registeredListener(channel: (typeof INVOKE_CHANNELS)[number]): IpcListener {
  const call = fake.ipcMain.handle.mock.calls.find(([name]) => name === invokeChannelName(channel));
  if (!call) throw new Error(`no handler for ${channel}`);
  return call[1] as IpcListener;
}

describe('the main process start-up', () => {
  beforeEach(async () => {
    await startMain(true);
    await vi.waitFor(() => {
      expect(fake.FakeWindow.windows).toHaveLength(1);
    });
  });

  it('registers app:// as a privileged scheme and serves it through protocol.handle', () => {
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ secure: true, standard: true }) as unknown,
      }),
    ]);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('denies every permission request on the default session', () => {
    const { setPermissionRequestHandler, setPermissionCheckHandler } = fake.session.defaultSession;
    expect(setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(setPermissionCheckHandler).toHaveBeenCalledOnce();
  });

  it('opens one secure window on app://studio/index.html', () => {
    const [window] = fake.FakeWindow.windows;
    expect(window?.loadURL).toHaveBeenCalledWith('app://studio/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: expect.stringMatching(/preload[/\\]index\.cjs$/) as unknown,
    });
  });

  it('hardens every webContents the app creates', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('answers the contract’s channels for its own window only', async () => {
    expect(fake.ipcMain.handle.mock.calls.map(([name]: unknown[]) => name).sort()).toEqual(
      INVOKE_CHANNELS.map(invokeChannelName).sort(),
    );
    const window = fake.FakeWindow.windows[0];
    const frame = { url: 'app://studio/index.html', parent: null };
    const getAppInfo = registeredListener('getAppInfo');
    await expect(
      getAppInfo({ sender: { id: window?.webContents.id }, senderFrame: frame }, undefined),
    ).resolves.toMatchObject({
      ok: true,
      value: { runtime: 'electron', name: 'Transition Studio' },
    });
    await expect(
      getAppInfo({ sender: { id: 9999 }, senderFrame: frame }, undefined),
    ).resolves.toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    const openSample = registeredListener('openSamplePlan');
    await expect(
      openSample({ sender: { id: window?.webContents.id }, senderFrame: frame }, undefined),
    ).resolves.toMatchObject({
      ok: true,
      value: { plan: { title: 'Seed example: two packaged deliveries' } },
    });
  });

  it('sets an application menu whose File › New reaches the window', () => {
    const template = fake.Menu.setApplicationMenu.mock.calls[0]?.[0] as {
      label?: string;
      submenu?: { label?: string; click?: () => void }[];
    }[];
    const file = template.find((menu) => menu.label?.replace('&', '') === 'File');
    file?.submenu?.find((item) => item.label === 'New')?.click?.();
    expect(fake.FakeWindow.windows[0]?.webContents.send).toHaveBeenCalledWith(
      'studio:event:menuCommand',
      'new',
    );
  });
});

describe('a second instance', () => {
  it('quits without opening a window when another instance holds the lock', async () => {
    await startMain(false);
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.app.quit).toHaveBeenCalledOnce();
    expect(fake.FakeWindow.windows).toHaveLength(0);
    expect(fake.protocol.handle).not.toHaveBeenCalled();
  });
});

describe('documents in the main process', () => {
  beforeEach(async () => {
    await startMain(true);
    await vi.waitFor(() => {
      expect(fake.FakeWindow.windows).toHaveLength(1);
    });
  });

  const fromWindow = () => ({
    sender: { id: fake.FakeWindow.windows[0]?.webContents.id },
    senderFrame: { url: 'app://studio/index.html', parent: null },
  });

  it('holds the close of a window with unsaved changes until the page answers', () => {
    const window = fake.FakeWindow.windows[0];
    if (!window) throw new Error('no window');
    messageListener('reportDocumentState')(fromWindow(), {
      name: 'payments.transition',
      dirty: true,
      grant: null,
    });
    expect(window.setTitle).toHaveBeenLastCalledWith('● payments.transition — Transition Studio');

    const closing = { preventDefault: vi.fn() };
    window.emit('close', closing);
    expect(closing.preventDefault).toHaveBeenCalledOnce();
    expect(window.webContents.send).toHaveBeenCalledWith('studio:event:closeRequested', {
      quitting: false,
    });
    expect(window.close).not.toHaveBeenCalled();

    messageListener('answerCloseRequest')(fromWindow(), { proceed: true });
    expect(window.close).toHaveBeenCalledOnce();
    const again = { preventDefault: vi.fn() };
    window.emit('close', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('lets a window without unsaved changes close at once', () => {
    const window = fake.FakeWindow.windows[0];
    if (!window) throw new Error('no window');
    messageListener('reportDocumentState')(fromWindow(), {
      name: 'payments.transition',
      dirty: false,
      grant: null,
    });
    const closing = { preventDefault: vi.fn() };
    window.emit('close', closing);
    expect(closing.preventDefault).not.toHaveBeenCalled();
  });

  it('opens the plan file of a second launch in main and hands the page the document', async () => {
    fake.app.emit(
      'second-instance',
      {},
      ['/opt/electron', '.', 'plans/q3.transition'],
      '/home/ann',
    );
    // Main reads the file itself; this one does not exist, so the page is told why.
    const answer = await registeredListener('takeStartupState')(fromWindow(), undefined);
    expect(answer).toMatchObject({
      ok: true,
      value: {
        notices: [],
        fileOpened: {
          name: 'q3.transition',
          error: {
            code: 'file-unreadable',
            message: expect.stringContaining('q3.transition') as unknown,
          },
        },
      },
    });
    // Once the page listens, later files go to it as events, opened.
    fake.app.emit('second-instance', {}, ['/opt/electron', '.', '/tmp/next.transition'], '/');
    await vi.waitFor(() => {
      expect(fake.FakeWindow.windows[0]?.webContents.send).toHaveBeenCalledWith(
        'studio:event:fileOpened',
        expect.objectContaining({ name: 'next.transition' }),
      );
    });
  });
});
