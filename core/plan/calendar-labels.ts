import type { ChangeWindow, WindowKind } from './schema-calendar';

/** The one wording of a window's kind: the editor, the diagrams and the exported calendar. */
export const WINDOW_KIND_LABELS: Readonly<Record<WindowKind, string>> = {
  freeze: 'Freeze',
  blackout: 'Blackout',
  maintenance: 'Maintenance',
};

const REACH = ['blocks nothing', 'all streams', 'some streams'] as const;

/** Whom a window stops, in a few words. */
export function windowReach(window: ChangeWindow): (typeof REACH)[number] {
  if (window.kind === 'maintenance') return 'blocks nothing';
  const named = (window.scope?.streamIds?.length ?? 0) + (window.scope?.approvalModes?.length ?? 0);
  return named === 0 ? 'all streams' : 'some streams';
}

/** "Freeze: Year-end freeze (all streams)"; a window without a name is told by its id. */
export function windowTitle(window: ChangeWindow): string {
  const name = window.name.trim() === '' ? window.id : window.name;
  return `${WINDOW_KIND_LABELS[window.kind]}: ${name} (${windowReach(window)})`;
}

/** The name inside a `windowTitle` (a schedule the app exported, read back); else the title. */
export function nameInWindowTitle(kind: WindowKind, title: string): string {
  const prefix = `${WINDOW_KIND_LABELS[kind]}: `;
  if (!title.startsWith(prefix)) return title;
  const reach = REACH.find((words) => title.endsWith(` (${words})`));
  return reach === undefined ? title : title.slice(prefix.length, -` (${reach})`.length);
}
