import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../core/contract/ipc/contract';

export interface MenuActions {
  send(command: MenuCommand): void;
  showAbout(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Most recent first; the list is kept by the app database. */
  recentFiles: readonly { path: string; name: string; title?: string | undefined }[];
  openRecent(path: string): void;
  /** Developer tools are offered in development builds only. */
  devTools: boolean;
  /** What Undo and Redo would do now ("Rename stream"), as the page reports it. */
  undo?: string | null;
  redo?: string | null;
}

/** "Undo Rename stream", or the bare command when the page names nothing. */
function editCommand(command: 'Undo' | 'Redo', what: string | null | undefined): string {
  return what ? `${command} ${what}` : command;
}

/**
 * The application menu. macOS menus use title case and an app menu; Windows and Linux use
 * sentence case (their platform guidelines), with Quit under File and About under Help.
 * Commands that the editor does not offer yet are present but disabled, never silent.
 */
export function buildMenuTemplate(
  options: MenuOptions,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const label = (title: string, sentence: string): string => (mac ? title : sentence);

  const fileMenu = fileMenuOf(options, actions);

  const editMenu: MenuItemConstructorOptions = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      // The plan's own undo history, not the focused field's: the renderer handles the keys
      // itself (also inside text fields), so the accelerators are shown but not registered.
      {
        label: editCommand('Undo', options.undo),
        accelerator: 'CmdOrCtrl+Z',
        registerAccelerator: false,
        click: () => actions.send('undo'),
      },
      {
        label: editCommand('Redo', options.redo),
        accelerator: 'CmdOrCtrl+Shift+Z',
        registerAccelerator: false,
        click: () => actions.send('redo'),
      },
      { type: 'separator' },
      { role: 'cut', label: 'Cut' },
      { role: 'copy', label: 'Copy' },
      { role: 'paste', label: 'Paste' },
      { role: 'selectAll', label: label('Select All', 'Select all') },
    ],
  };

  const planMenu: MenuItemConstructorOptions = {
    label: mac ? 'Plan' : '&Plan',
    submenu: [
      {
        label: label('Convert to Streams', 'Convert to streams'),
        accelerator: 'CmdOrCtrl+Shift+K',
        click: () => actions.send('convert'),
      },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      { role: 'reload', label: 'Reload' },
      ...(options.devTools
        ? [
            {
              role: 'toggleDevTools',
              label: label('Toggle Developer Tools', 'Toggle developer tools'),
            } as const,
          ]
        : []),
      { type: 'separator' },
      { role: 'resetZoom', label: label('Actual Size', 'Actual size') },
      { role: 'zoomIn', label: label('Zoom In', 'Zoom in') },
      { role: 'zoomOut', label: label('Zoom Out', 'Zoom out') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: label('Toggle Full Screen', 'Toggle full screen') },
    ],
  };

  const aboutLabel = label(`About ${options.appName}`, `About ${options.appName}`);
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: mac ? [] : [{ label: aboutLabel, click: () => actions.showAbout() }],
  };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: options.appName,
          submenu: [
            { role: 'about', label: aboutLabel },
            { type: 'separator' },
            { role: 'services', label: 'Services' },
            { type: 'separator' },
            { role: 'hide', label: `Hide ${options.appName}` },
            { role: 'hideOthers', label: 'Hide Others' },
            { role: 'unhide', label: 'Show All' },
            { type: 'separator' },
            { role: 'quit', label: `Quit ${options.appName}` },
          ],
        },
      ]
    : [];

  const windowMenu: MenuItemConstructorOptions[] = mac
    ? [{ role: 'windowMenu', label: 'Window' }]
    : [];

  return [...appMenu, fileMenu, editMenu, planMenu, viewMenu, ...windowMenu, helpMenu];
}

/** File: documents in and out (new, open, recent, save, import, export). */
function fileMenuOf(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions {
  const mac = options.platform === 'darwin';
  const label = (title: string, sentence: string): string => (mac ? title : sentence);

  const recentSubmenu: MenuItemConstructorOptions[] =
    options.recentFiles.length === 0
      ? [{ label: label('No Recent Files', 'No recent files'), enabled: false }]
      : options.recentFiles.map((file) => ({
          label: file.title ? `${file.title} — ${file.name}` : file.name,
          toolTip: file.path,
          click: () => {
            options.openRecent(file.path);
          },
        }));

  const fileMenu: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      { label: label('New', 'New'), accelerator: 'CmdOrCtrl+N', click: () => actions.send('new') },
      {
        label: label('Open…', 'Open…'),
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.send('open'),
      },
      { label: label('Open Recent', 'Open recent'), submenu: recentSubmenu },
      {
        label: label('Open the Example Plan', 'Open the example plan'),
        click: () => actions.send('openSample'),
      },
      { type: 'separator' },
      // The page handles the keys itself (also inside text fields), as for undo and redo.
      {
        label: 'Save',
        accelerator: 'CmdOrCtrl+S',
        registerAccelerator: false,
        click: () => actions.send('save'),
      },
      {
        label: label('Save As…', 'Save as…'),
        accelerator: 'CmdOrCtrl+Shift+S',
        registerAccelerator: false,
        click: () => actions.send('saveAs'),
      },
      { type: 'separator' },
      {
        label: label('Import…', 'Import…'),
        click: () => actions.send('import'),
      },
      {
        label: label('Import Calendar…', 'Import calendar…'),
        click: () => actions.send('importCalendar'),
      },
      {
        label: 'Export…',
        accelerator: 'CmdOrCtrl+E',
        click: () => actions.send('export'),
      },
      {
        label: 'Export report…',
        click: () => actions.send('exportReport'),
      },
      {
        label: label('Export Schedule of Change…', 'Export schedule of change…'),
        click: () => actions.send('exportSchedule'),
      },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit' } as const]),
    ],
  };
  return fileMenu;
}
