import { ITEM_KIND_LABELS } from './item-kinds';
import { clipCell, kindFromName, normaliseName, ONE_ITEM, parseFigureCell } from './item-cells';
import { FIGURE_FIELD, type ItemDraft } from './item-drafts';
import { ITEM_KINDS, ItemSchema, type ItemKind } from './schema';

export { kindFromName } from './item-cells';

/**
 * Items pasted from a spreadsheet, one per line: `kind <TAB or ,> title <TAB or ,> figure`.
 * A line with a tab is split on tabs (what spreadsheets copy); otherwise on commas, with
 * CSV quoting ("Server, large") for titles that hold a comma or a quote. The kind is its id or
 * its label or a usual abbreviation, in any case ("nonFunctional", "Non-functional requirement", "NFR"). Blank lines are
 * skipped, and so is a first line that is a header (its first cell says "kind" or "type").
 * Every other line gives an item or a problem naming its line number; nothing is dropped
 * silently.
 */
export interface PastedItem {
  /** 1-based line number in the pasted text. */
  line: number;
  draft: ItemDraft;
}

export interface PasteProblem {
  line: number;
  message: string;
}

export interface PasteResult {
  items: PastedItem[];
  problems: PasteProblem[];
  /** The line number of a header row that was skipped, if there was one. */
  headerLine?: number;
  /**
   * Each kind written otherwise than its label ("NFR", "hypercare"), once, with the kind it was
   * read as, so the dialog can say which abbreviations it took.
   */
  readAs: KindReading[];
}

export interface KindReading {
  /** The kind as the first line that used it wrote it. */
  written: string;
  kind: ItemKind;
}

const HEADER_NAMES = new Set(['kind', 'type', 'item kind']);

export function parsePastedItems(text: string): PasteResult {
  const result: PasteResult = { items: [], problems: [], readAs: [] };
  const lines = text.split(/\r\n|\r|\n/);
  let seenContent = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const split = splitCells(raw);
    if (!split.ok) {
      result.problems.push({ line, message: split.message });
      seenContent = true;
      return;
    }
    const cells = trimTrailingEmpty(split.cells.map((cell) => cell.trim()));
    if (!seenContent && HEADER_NAMES.has(normaliseName(cells[0] ?? ''))) {
      result.headerLine = line;
      seenContent = true;
      return;
    }
    seenContent = true;
    const parsed = parseCells(cells);
    if (typeof parsed === 'string') result.problems.push({ line, message: parsed });
    else {
      result.items.push({ line, draft: parsed });
      noteReading(result.readAs, cells[0] ?? '', parsed.kind);
    }
  });
  return result;
}

function noteReading(readAs: KindReading[], written: string, kind: ItemKind): void {
  const name = normaliseName(written);
  // The label and the id are the kind's own names; only the other spellings were a guess.
  if (name === normaliseName(ITEM_KIND_LABELS[kind]) || name === normaliseName(kind)) return;
  if (readAs.some((reading) => normaliseName(reading.written) === name)) return;
  readAs.push({ written: clipCell(written), kind });
}

function parseCells(cells: readonly string[]): ItemDraft | string {
  const [kindCell = '', title = '', figureCell = '', ...extra] = cells;
  if (extra.some((cell) => cell !== '')) {
    return `has ${String(cells.length)} columns; expected the kind, the title and at most one figure (put a title that holds a comma in "quotes", or copy with tabs).`;
  }
  if (kindCell === '') return 'has no kind in its first column.';
  const kind = kindFromName(kindCell);
  if (kind === undefined) {
    return `starts with "${clipCell(kindCell)}", which is not an item kind: use one of ${ITEM_KINDS.map((k) => ITEM_KIND_LABELS[k]).join(', ')} (or its id, such as nonFunctional).`;
  }
  if (title === '') {
    return cells.length < 2
      ? 'has only a kind: put the title after a tab or a comma.'
      : `has no title for ${ONE_ITEM[kind]}.`;
  }
  const figure = parseFigureCell(kind, figureCell, 'the third column');
  if (typeof figure === 'string') return figure;
  const draft: ItemDraft = figure === undefined ? { kind, title } : { kind, title, figure };
  // The schema has the last word, so a pasted item is never one the validator then refuses.
  const checked = ItemSchema.safeParse({ id: 'pasted', ...draftFields(draft) });
  if (!checked.success) {
    return `is not valid as ${ONE_ITEM[kind]}: ${checked.error.issues[0]?.message ?? 'unknown problem'}.`;
  }
  return draft;
}

function draftFields(draft: ItemDraft): Record<string, unknown> {
  const field = FIGURE_FIELD[draft.kind];
  return field === null || draft.figure === undefined
    ? { kind: draft.kind, title: draft.title }
    : { kind: draft.kind, title: draft.title, [field]: draft.figure };
}

type Split = { ok: true; cells: string[] } | { ok: false; message: string };

/** One line into cells: on tabs if it has any, else on commas; "quoted" cells may hold either. */
export function splitCells(line: string): Split {
  const delimiter = line.includes('\t') ? '\t' : ',';
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === ' ') i += 1;
    if (line[i] === '"') {
      let cell = '';
      i += 1;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote === -1) {
          return { ok: false, message: 'has a quote (") that is never closed.' };
        }
        cell += line.slice(i, quote);
        if (line[quote + 1] === '"') {
          cell += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      while (line[i] === ' ') i += 1;
      if (i < line.length && line[i] !== delimiter) {
        return {
          ok: false,
          message: 'has text after a closing quote; put the whole cell in quotes.',
        };
      }
      cells.push(cell);
    } else {
      const end = line.indexOf(delimiter, i);
      cells.push(line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length : end;
    }
    if (i >= line.length) break;
    i += 1; // the delimiter
    if (i === line.length) {
      cells.push('');
      break;
    }
  }
  return { ok: true, cells };
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end -= 1;
  return cells.slice(0, end);
}
