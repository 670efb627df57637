/**
 * Names of exported files, shared by the app (renderer and main) and the command line so that
 * an export from either lands under the same name: `<plan-title-slug>-<view>[-n].<ext>`.
 */
export const EXPORT_FORMATS = ['png', 'svg', 'mmd', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  png: 'PNG image',
  svg: 'SVG image',
  mmd: 'Mermaid source',
  md: 'Markdown report',
};

/** Every file the app's export saves: the diagram and report formats, and the .ics schedule. */
export const FILE_EXPORT_FORMATS = [...EXPORT_FORMATS, 'ics'] as const;
export type FileExportFormat = (typeof FILE_EXPORT_FORMATS)[number];

export const FILE_EXPORT_FORMAT_LABELS: Record<FileExportFormat, string> = {
  ...EXPORT_FORMAT_LABELS,
  ics: 'iCalendar schedule of change',
};

/** The longest name we suggest or accept (most file systems allow 255 bytes). */
export const MAX_EXPORT_FILE_NAME = 150;

const SLUG_MAX = 60;

/** A file-name-safe, lower-case ASCII form of a title; `plan` when nothing usable is left. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
  return slug === '' ? 'plan' : slug;
}

/**
 * `<slug>-<view>.<ext>`, or `<slug>-<view>-<n>.<ext>` (n from 1) when a view has several
 * diagrams. The report is one file for the whole plan: `<slug>.md`.
 */
export function exportFileName(
  planTitle: string,
  view: string | undefined,
  format: ExportFormat,
  part?: { index: number; count: number },
): string {
  const stem = view === undefined ? slugify(planTitle) : `${slugify(planTitle)}-${view}`;
  const suffix = part && part.count > 1 ? `-${String(part.index + 1)}` : '';
  return `${stem}${suffix}.${format}`;
}

const FORBIDDEN_CHARACTERS = /[/\\:*?"<>|]/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * Whether `name` is one plain file name that is safe on every desktop platform: no folder part,
 * no `..`, no characters Windows refuses, no reserved device name, not hidden.
 */
export function isSafeFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_EXPORT_FILE_NAME &&
    !FORBIDDEN_CHARACTERS.test(name) &&
    !hasControlCharacter(name) &&
    !name.startsWith('.') &&
    !name.endsWith('.') &&
    !name.endsWith(' ') &&
    name.trim() === name &&
    !WINDOWS_RESERVED.test(name)
  );
}

export function hasExtension(name: string, format: FileExportFormat): boolean {
  return name.toLowerCase().endsWith(`.${format}`);
}

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
