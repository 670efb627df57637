import { escapeLabel } from './escape';
import type { DiagramSize, SizedDiagram } from './size';

/**
 * A gantt chart as data; `writeGantt` is the only code that writes gantt source. Task ids are
 * made up (`t1`), every text goes through `escapeLabel`, and dates are the plan's own
 * YYYY-MM-DD strings (checked again here, so nothing else can reach a task's data field).
 */
export interface GanttTask {
  text: string;
  start: string;
  /** Whole days the bar lasts; 0 draws a milestone. */
  days: number;
  /** Mermaid's own bar styles: `crit` (red) for what stops changes, `done` (grey) for what does not. */
  tag?: 'crit' | 'done';
}

export interface GanttSection {
  /** Lines of the section name, drawn in the column left of the chart. */
  title: readonly string[];
  tasks: readonly GanttTask[];
}

export interface Gantt {
  /** Non-overlapping tasks of a section share one row: a lane of repeated marks. */
  compact: boolean;
  /** Axis ticks one week apart, for short windows. */
  weeklyTicks?: boolean;
  /** A fixed drawing width in pixels (Mermaid's `useWidth`), else the container's width. */
  width?: number;
  sections: readonly GanttSection[];
}

const SECTION_COLUMN_WIDTH = 250;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What gantt's lexer reads as a keyword or a date at the start of a task line: it matches
 * case-insensitively and without a word boundary ("Titles" starts with `title`). The list is
 * the lexer's own (mermaid 11 gantt.jison); a prefix too many only costs readability.
 */
const KEYWORD_START =
  /^(?:acc|href|call|click|gantt|date|inclusive|topAxis|axis|tick|includes|excludes|today|week|title|section|\d{4}-\d{2}-\d{2})/i;

/** A task text that starts like a keyword gets its first character as an entity code. */
function taskText(text: string): string {
  const escaped = escapeLabel(text);
  const first = escaped.codePointAt(0);
  // An empty task name would leave the data field without its name: a zero-width space.
  if (first === undefined) return '#8203;';
  if (!KEYWORD_START.test(escaped)) return escaped;
  return `#${String(first)};${escaped.slice(1)}`;
}

export function writeGantt(chart: Gantt, title: string): SizedDiagram {
  const out: string[] = [];
  // Room on the left for section names of MAX_SECTION_LENGTH characters.
  out.push('---');
  if (chart.compact) out.push('displayMode: compact');
  out.push('config:', '  gantt:', `    leftPadding: ${String(SECTION_COLUMN_WIDTH)}`);
  if (chart.width !== undefined && Number.isFinite(chart.width) && chart.width > 0) {
    out.push(`    useWidth: ${String(Math.round(chart.width))}`);
  }
  out.push('---');
  out.push('gantt', '  dateFormat YYYY-MM-DD');
  // A timeline drawn to a fixed (printed) width has less room between ticks: a two-digit year.
  const year = chart.width === undefined ? '%Y' : '%y';
  out.push(chart.weeklyTicks ? '  axisFormat %e %b' : `  axisFormat %e %b ${year}`);
  if (chart.weeklyTicks) out.push('  tickInterval 1week');
  out.push('  todayMarker off');
  let tasks = 0;
  let sections = 0;
  for (const section of chart.sections) {
    const valid = section.tasks.filter((task) => DAY.test(task.start));
    if (valid.length === 0) continue;
    sections += 1;
    // An empty section title would end the keyword; a zero-width space keeps the line whole.
    const title = section.title.map(escapeLabel).filter((line) => line !== '');
    out.push(`  section ${title.join('<br>') || '#8203;'}`);
    for (const task of valid) {
      tasks += 1;
      const id = `t${String(tasks)}`;
      const days = Math.max(0, Math.ceil(task.days));
      const data =
        days === 0
          ? `milestone, ${id}, ${task.start}, 0d`
          : `${task.tag === undefined ? '' : `${task.tag}, `}${id}, ${task.start}, ${String(days)}d`;
      out.push(`    ${taskText(task.text)} :${data}`);
    }
  }
  const source = `${out.join('\n')}\n`;
  const size: DiagramSize = { nodes: tasks + sections, edges: 0, chars: source.length };
  return { title, source, size };
}
