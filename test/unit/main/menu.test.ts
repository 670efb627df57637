import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../core/contract/ipc/contract';
import { buildMenuTemplate, type MenuOptions } from '../../../electron/main/menu';

type Item = MenuItemConstructorOptions;

function setup(overrides: Partial<MenuOptions> = {}) {
  const actions = {
    send: vi.fn<(command: MenuCommand) => void>(),
    showAbout: vi.fn<() => void>(),
  };
  const openRecent = vi.fn<(path: string) => void>();
  const template = buildMenuTemplate(
    {
      platform: 'linux',
      appName: 'Transition Studio',
      recentFiles: [],
      openRecent,
      devTools: false,
      ...overrides,
    },
    actions,
  );
  return { template, actions, openRecent };
}

function submenuOf(item: Item | undefined): Item[] {
  const submenu = item?.submenu;
  if (!Array.isArray(submenu)) throw new Error(`"${item?.label ?? '?'}" has no submenu`);
  return submenu;
}

function menu(template: Item[], label: string): Item[] {
  return submenuOf(template.find((item) => item.label?.replace('&', '') === label));
}

function entry(items: Item[], label: string): Item {
  const found = items.find((item) => item.label === label);
  if (!found)
    throw new Error(`no menu entry "${label}" in ${items.map((i) => i.label).join(', ')}`);
  return found;
}

function click(item: Item): void {
  if (!item.click) throw new Error(`"${item.label ?? '?'}" does not respond to a click`);
  (item.click as unknown as () => void)();
}

const roles = (items: Item[]) => items.map((item) => item.role).filter(Boolean);
const allItems = (items: Item[]): Item[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);

describe('buildMenuTemplate on macOS', () => {
  const { template } = setup({ platform: 'darwin' });

  it('starts with an app menu offering About and Quit', () => {
    expect(template[0]?.label).toBe('Transition Studio');
    const appMenu = submenuOf(template[0]);
    expect(roles(appMenu)).toEqual(expect.arrayContaining(['about', 'quit']));
    expect(entry(appMenu, 'Quit Transition Studio').role).toBe('quit');
  });

  it('uses title case', () => {
    const file = menu(template, 'File');
    expect(file.map((item) => item.label)).toEqual(
      expect.arrayContaining(['Open Recent', 'Save As…', 'Open the Example Plan']),
    );
    expect(entry(menu(template, 'Edit'), 'Select All').role).toBe('selectAll');
  });

  it('keeps Quit out of the File menu', () => {
    expect(roles(menu(template, 'File'))).not.toContain('quit');
  });
});

describe.each(['linux', 'win32'] as const)('buildMenuTemplate on %s', (platform) => {
  it('uses sentence case', () => {
    const { template } = setup({ platform });
    const labels = menu(template, 'File').map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Open recent', 'Save as…']));
    expect(labels).not.toContain('Open Recent');
    expect(labels).not.toContain('Save As…');
  });

  it('has no app menu, Quit at the end of File and About in Help', () => {
    const { template, actions } = setup({ platform });
    expect(template[0]?.label).toBe('&File');
    expect(menu(template, 'File').at(-1)?.role).toBe('quit');
    const about = entry(menu(template, 'Help'), 'About Transition Studio');
    click(about);
    expect(actions.showAbout).toHaveBeenCalledOnce();
  });
});

describe('buildMenuTemplate commands', () => {
  it('gives file commands their standard shortcuts', () => {
    const file = menu(setup().template, 'File');
    expect(file.map((item) => item.accelerator).filter(Boolean)).toEqual([
      'CmdOrCtrl+N',
      'CmdOrCtrl+O',
      'CmdOrCtrl+S',
      'CmdOrCtrl+Shift+S',
      'CmdOrCtrl+E',
    ]);
  });

  it('offers cut, copy and paste in Edit, and undo/redo of the plan sent to the window', () => {
    const { template, actions } = setup();
    const edit = menu(template, 'Edit');
    expect(roles(edit)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste']));
    click(entry(edit, 'Undo'));
    click(entry(edit, 'Redo'));
    expect(actions.send.mock.calls).toEqual([['undo'], ['redo']]);
    // Shown in the menu, handled by the page so they also work inside text fields.
    expect(entry(edit, 'Undo')).toMatchObject({
      accelerator: 'CmdOrCtrl+Z',
      registerAccelerator: false,
    });
  });

  it('converts the plan from the Plan menu with a shortcut shown', () => {
    const { template, actions } = setup();
    const convert = entry(menu(template, 'Plan'), 'Convert to streams');
    expect(convert.accelerator).toBe('CmdOrCtrl+Shift+K');
    click(convert);
    expect(actions.send.mock.calls).toEqual([['convert']]);
  });

  it('sends New, Open and the example plan to the window', () => {
    const { template, actions } = setup();
    const file = menu(template, 'File');
    click(entry(file, 'New'));
    click(entry(file, 'Open…'));
    click(entry(file, 'Open the example plan'));
    click(entry(file, 'Export…'));
    click(entry(file, 'Export report…'));
    expect(actions.send.mock.calls).toEqual([
      ['new'],
      ['open'],
      ['openSample'],
      ['export'],
      ['exportReport'],
    ]);
  });

  it('sends Save and Save as to the window', () => {
    const { template, actions } = setup();
    const file = menu(template, 'File');
    click(entry(file, 'Save'));
    click(entry(file, 'Save as…'));
    expect(actions.send.mock.calls).toEqual([['save'], ['saveAs']]);
  });

  it('offers developer tools only in development', () => {
    const withTools = allItems(setup({ devTools: true }).template);
    const without = allItems(setup({ devTools: false }).template);
    expect(withTools.some((item) => item.role === 'toggleDevTools')).toBe(true);
    expect(without.some((item) => item.role === 'toggleDevTools')).toBe(false);
    const macWithout = allItems(setup({ platform: 'darwin', devTools: false }).template);
    expect(macWithout.some((item) => item.role === 'toggleDevTools')).toBe(false);
  });
});

describe('buildMenuTemplate recent files', () => {
  it('shows one disabled entry when there are none', () => {
    const recent = submenuOf(entry(menu(setup().template, 'File'), 'Open recent'));
    expect(recent).toHaveLength(1);
    expect(recent[0]?.enabled).toBe(false);
    expect(recent[0]?.label).toBe('No recent files');
  });

  it('opens the recent file that was clicked', () => {
    const { template, openRecent } = setup({
      recentFiles: [
        { path: '/plans/alpha.transition.json', name: 'alpha.transition.json' },
        { path: '/plans/beta.transition.json', name: 'beta.transition.json' },
      ],
    });
    const recent = submenuOf(entry(menu(template, 'File'), 'Open recent'));
    expect(recent.map((item) => item.label)).toEqual([
      'alpha.transition.json',
      'beta.transition.json',
    ]);
    click(entry(recent, 'beta.transition.json'));
    expect(openRecent).toHaveBeenCalledExactlyOnceWith('/plans/beta.transition.json');
  });
});

describe('the Edit menu names what Undo and Redo would do', () => {
  it('says "Undo Rename stream" and "Redo Convert" as the page reports them', () => {
    const { template } = setup({ undo: 'Rename stream', redo: 'Convert' });
    const edit = menu(template, 'Edit');
    expect(entry(edit, 'Undo Rename stream').accelerator).toBe('CmdOrCtrl+Z');
    expect(entry(edit, 'Redo Convert').accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('says plain Undo and Redo when there is nothing to name', () => {
    const edit = menu(setup({ undo: null }).template, 'Edit');
    expect(edit.slice(0, 2).map((item) => item.label)).toEqual(['Undo', 'Redo']);
  });
});
