import type { PlanSource } from '../../../../core/contract/ipc/contract';
import { planTitle as planTitleOr } from '../../../../core/plan/untitled';

export const APP_TITLE = 'Transition Studio';
export const PLAN_EXTENSION = '.transition';

/** What the window title and dialogs call the document: its file name, else the plan title. */
export function documentName(source: PlanSource | null, planTitle: string | undefined): string {
  if (source?.kind === 'file') return source.name;
  const title = planTitle?.trim() ?? '';
  return planTitleOr(title);
}

/** The page title: a dot marks unsaved changes, as in the window title main sets. */
export function pageTitle(name: string, dirty: boolean): string {
  return `${dirty ? '● ' : ''}${name} — ${APP_TITLE}`;
}

/** The name Save As proposes: the file's own, else the plan title made safe for a file name. */
export function suggestedFileName(
  source: PlanSource | null,
  planTitle: string | undefined,
): string {
  if (source?.kind === 'file') return source.name;
  // Control characters (tabs, newlines…) become spaces; code points are kept whole.
  const printable = Array.from(planTitle ?? '', (c) => (c < ' ' ? ' ' : c)).join('');
  // Characters Windows, macOS or Linux refuse in a file name.
  const base = printable
    .trim()
    .replace(/[<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, 120);
  return `${planTitleOr(base)}${PLAN_EXTENSION}`;
}

/** The folder part of a path, for either separator; undefined when there is none. */
export function folderOf(path: string): string | undefined {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return undefined;
  return cut === 0 ? path.slice(0, 1) : path.slice(0, cut);
}

/** Paths compare as the OS would: Windows and macOS file systems usually ignore case. */
export function samePath(a: string, b: string, caseInsensitive: boolean): boolean {
  return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
}
