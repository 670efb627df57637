import { XMLParser } from 'fast-xml-parser';
import { CANONICAL_HEADERS } from '../../core/import/columns';
import type { ImportCell, ImportRow, ImportTable, RowProblem } from '../../core/import/table';
import { kindFromName } from '../../core/plan/item-cells';
import { ITEM_KIND_LABELS } from '../../core/plan/item-kinds';

/** The task fields of MS Project's XML schema (mspdi) the importer reads. */
interface MspTask {
  UID?: string;
  ID?: string;
  Name?: string;
  OutlineLevel?: string;
  Summary?: string;
  Milestone?: string;
  Finish?: string;
  Notes?: string;
}

const HEADER = [
  CANONICAL_HEADERS.deliveryId,
  CANONICAL_HEADERS.delivery,
  CANONICAL_HEADERS.date,
  CANONICAL_HEADERS.id,
  CANONICAL_HEADERS.kind,
  CANONICAL_HEADERS.title,
  'Notes',
];

/**
 * An MS Project schedule saved as XML, as rows of the usual columns: each top-level summary
 * task is a delivery whose go-live is the finish of its milestone (or its own finish when it
 * has none), its other tasks are items. Outside any summary, a milestone is a delivery and
 * the tasks before it are its items. A task's kind comes from its name ("NFR: Latency",
 * "[HW] DB server"), else it is Other. Row numbers are the task IDs MS Project shows.
 */
export function readMsProjectTable(text: string, name: string): ImportTable | { message: string } {
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    processEntities: true,
    isArray: (tag) => tag === 'Task',
  });
  let document: { Project?: { Tasks?: { Task?: MspTask[] } } };
  try {
    document = parser.parse(text) as typeof document;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { message: `Could not open "${name}": it is not readable XML (${why}).` };
  }
  const tasks = document.Project?.Tasks?.Task;
  if (tasks === undefined) {
    return {
      message: `Could not open "${name}": it is XML but not an MS Project schedule (no Project/Tasks).`,
    };
  }
  return tasksToTable(
    tasks.filter((task) => task.UID !== '0' && Number(task.OutlineLevel ?? '1') >= 1),
    name,
  );
}

function tasksToTable(tasks: readonly MspTask[], name: string): ImportTable {
  const rows: ImportRow[] = [{ number: 0, cells: HEADER }];
  const problems: RowProblem[] = [];
  let untyped = 0;
  let delivery: { id: string; name: string; finish: string } | undefined;
  let pending: MspTask[] = [];
  const itemRow = (task: MspTask): ImportRow => {
    const { kind, title } = kindAndTitle(task.Name ?? '');
    if (kind === undefined) untyped += 1;
    const cells: ImportCell[] = [
      delivery?.id ?? null,
      delivery?.name ?? null,
      delivery?.finish ?? null,
      `task-${task.UID ?? ''}`,
      kind ?? ITEM_KIND_LABELS.other,
      title,
      task.Notes ?? null,
    ];
    return { number: Number(task.ID ?? 0), cells };
  };
  tasks.forEach((task, index) => {
    const level = Number(task.OutlineLevel ?? '1');
    const isSummary = task.Summary === '1';
    const isMilestone = task.Milestone === '1';
    if (level === 1 && isSummary) {
      delivery = {
        id: `task-${task.UID ?? ''}`,
        name: task.Name ?? '',
        finish: goLive(task, tasks.slice(index + 1)),
      };
      rows.push({
        number: Number(task.ID ?? 0),
        cells: [delivery.id, delivery.name, delivery.finish, null, null, null, null],
      });
      return;
    }
    if (level === 1 && isMilestone) {
      delivery = { id: `task-${task.UID ?? ''}`, name: task.Name ?? '', finish: task.Finish ?? '' };
      rows.push({
        number: Number(task.ID ?? 0),
        cells: [delivery.id, delivery.name, delivery.finish, null, null, null, null],
      });
      rows.push(...pending.map(itemRow));
      pending = [];
      return;
    }
    if (level === 1) {
      delivery = undefined;
      pending.push(task);
      return;
    }
    // Inside a summary: a milestone gave the go-live; a nested summary only groups its tasks.
    if (isMilestone || isSummary) return;
    rows.push(itemRow(task));
  });
  for (const task of pending) {
    problems.push({
      row: Number(task.ID ?? 0),
      message: `is a task outside any summary task with no milestone after it, so it belongs to no delivery.`,
    });
  }
  const notices = [
    `Read ${name} as an MS Project schedule: ${String(rows.filter((r) => r.cells[3] === null).length)} deliveries.`,
  ];
  if (untyped > 0) {
    notices.push(
      `${String(untyped)} tasks name no kind (such as "NFR: …" or "[HW] …") and were imported as Other.`,
    );
  }
  return { source: name, rows, notices, problems };
}

/** The finish of the summary's first milestone, else the summary's own finish. */
function goLive(summary: MspTask, after: readonly MspTask[]): string {
  for (const task of after) {
    if (Number(task.OutlineLevel ?? '1') <= 1) break;
    if (task.Milestone === '1' && task.Finish !== undefined) return task.Finish;
  }
  return summary.Finish ?? '';
}

/** "NFR: Latency" or "[HW] DB server" → kind label and title; otherwise no kind. */
function kindAndTitle(taskName: string): { kind?: string; title: string } {
  const match = /^\s*(?:\[([^\]]+)\]|([^:]{1,30}):)\s*(.+)$/.exec(taskName);
  const named = match?.[1] ?? match?.[2];
  const kind = named === undefined ? undefined : kindFromName(named);
  return kind === undefined || match?.[3] === undefined
    ? { title: taskName.trim() }
    : { kind: ITEM_KIND_LABELS[kind], title: match[3].trim() };
}
