import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DIAGRAM_VIEWS,
  buildDiagram,
  type DiagramSet,
  type DiagramView,
} from '../../core/diagrams';
import { exportFileName } from '../../core/export/file-names';
import {
  DEFAULT_IMAGE_SETTINGS,
  EXPORT_BACKGROUNDS,
  PADDING_RANGE,
  SCALE_RANGE,
  isExportBackground,
} from '../../core/export/image-settings';
import { quoteValue, safeValue } from '../../core/text/quote-value';
import { parseCommandArgs } from '../args';
import {
  DiagramPageError,
  RendererUnavailableError,
  openDiagramPage,
  type DiagramPageRenderer,
} from '../diagram-render/chromium-page';
import type { PageImageSettings } from '../diagram-render/page-api';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io';
import { writeOutputFile } from '../output';
import { readPlanForCommand } from '../plan-input';

const FORMATS = ['mmd', 'svg', 'png'] as const;
type DiagramFormat = (typeof FORMATS)[number];

interface DiagramRequest {
  views: DiagramView[];
  format: DiagramFormat;
  settings: PageImageSettings;
  output: string | undefined;
}

interface OutputFile {
  view: DiagramView;
  title: string;
  source: string;
  fileName: string;
}

/**
 * `transition-studio diagram <plan> --view <view>… [--format mmd|svg|png] [--scale 1-4]
 * [--background white|dark|transparent] [--padding <px>] [-o <out>]`.
 * One output file: `-o` is that file (or a folder to put it in); without `-o`, text goes to
 * stdout. Several (several views, `all`, or a view split in parts): `-o` is a folder, and the
 * files are named `<plan-title>-<view>[-n].<ext>` as the app names them.
 */
export async function diagramCommand(
  args: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ExitCode> {
  const { plan: path, values } = parseCommandArgs('diagram', args, {
    view: { type: 'string', multiple: true },
    format: { type: 'string' },
    scale: { type: 'string' },
    background: { type: 'string' },
    padding: { type: 'string' },
    output: { type: 'string', short: 'o' },
  });
  const request = readRequest(values);
  const input = await readPlanForCommand(path, io);
  if (!input) return EXIT.invalid;

  const files: OutputFile[] = [];
  for (const view of request.views) {
    const set = buildDiagram(input.plan, view);
    if (set.reduced) io.err(`${view}: ${set.reduced.message}`);
    // One push per file: a spread of a split view's many parts could overflow the call stack.
    for (const file of outputFiles(input.plan.title, view, set, request.format)) files.push(file);
  }
  const target = await resolveTarget(request, files);

  if (request.format === 'mmd') {
    return writeAll(io, target, files, (file) => Promise.resolve(withNewline(file.source)));
  }
  let renderer: DiagramPageRenderer;
  try {
    renderer = await openDiagramPage(env);
  } catch (error) {
    if (error instanceof RendererUnavailableError) {
      io.err(`transition-studio diagram: ${error.message}`);
      return EXIT.invalid;
    }
    throw error;
  }
  try {
    return await writeAll(io, target, files, async (file) => {
      if (request.format === 'svg') return (await renderer.svg(file.source, request.settings)).svg;
      return (await renderer.png(file.source, request.settings)).bytes;
    });
  } finally {
    await renderer.close();
  }
}

function readRequest(values: Record<string, unknown>): DiagramRequest {
  const usage = (message: string) => new UsageError(`transition-studio diagram: ${message}`);
  const rawViews = (Array.isArray(values.view) ? values.view : [])
    .flatMap((value) => (typeof value === 'string' ? value.split(',') : []))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  if (rawViews.length === 0) {
    throw usage(`give --view (${DIAGRAM_VIEWS.join(', ')} or all; repeat it for several)`);
  }
  const views: DiagramView[] = [];
  for (const value of rawViews) {
    const chosen = value === 'all' ? DIAGRAM_VIEWS : [value];
    for (const view of chosen) {
      if (!isView(view)) {
        throw usage(`unknown view "${view}" (use ${DIAGRAM_VIEWS.join(', ')} or all)`);
      }
      if (!views.includes(view)) views.push(view);
    }
  }
  const format = (values.format ?? 'mmd') as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw usage(`unknown format "${format}" (use mmd, svg or png)`);
  }
  const image = format !== 'mmd';
  const scale = numberOption(values.scale, 'scale', DEFAULT_IMAGE_SETTINGS.scale, SCALE_RANGE);
  if (values.scale !== undefined && format !== 'png')
    throw usage('--scale applies to --format png');
  const background = (values.background ?? DEFAULT_IMAGE_SETTINGS.background) as string;
  if (!isExportBackground(background)) {
    throw usage(
      `unknown background "${background}" (use ${EXPORT_BACKGROUNDS.slice(0, -1).join(', ')} or ${EXPORT_BACKGROUNDS.at(-1) ?? ''})`,
    );
  }
  if (!image && (values.background !== undefined || values.padding !== undefined)) {
    throw usage('--background and --padding apply to --format svg or png');
  }
  const padding = numberOption(
    values.padding,
    'padding',
    DEFAULT_IMAGE_SETTINGS.padding,
    PADDING_RANGE,
  );
  return {
    views,
    format: format as DiagramFormat,
    settings: {
      scale,
      background,
      padding: Math.round(padding),
    },
    output: typeof values.output === 'string' ? values.output : undefined,
  };

  function numberOption(
    value: unknown,
    name: string,
    fallback: number,
    range: { min: number; max: number },
  ): number {
    if (value === undefined) return fallback;
    const number = Number(value);
    if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(number)) {
      throw usage(`--${name} must be a number`);
    }
    if (number < range.min || number > range.max) {
      throw usage(`--${name} must be between ${String(range.min)} and ${String(range.max)}`);
    }
    return number;
  }
}

function isView(value: string): value is DiagramView {
  return (DIAGRAM_VIEWS as readonly string[]).includes(value);
}

function outputFiles(
  planTitle: string,
  view: DiagramView,
  set: DiagramSet,
  format: DiagramFormat,
): OutputFile[] {
  return set.diagrams.map((diagram, index) => ({
    view,
    title: diagram.title,
    source: diagram.source,
    fileName: exportFileName(planTitle, view, format, { index, count: set.diagrams.length }),
  }));
}

type Target =
  { kind: 'stdout' } | { kind: 'file'; path: string } | { kind: 'folder'; path: string };

async function resolveTarget(request: DiagramRequest, files: OutputFile[]): Promise<Target> {
  const usage = (message: string) => new UsageError(`transition-studio diagram: ${message}`);
  const { output } = request;
  const existing = output === undefined ? undefined : await stat(output).catch(() => undefined);
  if (files.length === 1) {
    if (output === undefined) {
      if (request.format === 'png') throw usage('a PNG is binary: give -o <file.png>');
      return { kind: 'stdout' };
    }
    return existing?.isDirectory() === true
      ? { kind: 'folder', path: output }
      : { kind: 'file', path: output };
  }
  if (output === undefined) {
    throw usage(
      `this makes ${String(files.length)} diagrams: give -o <folder> (one file per diagram)`,
    );
  }
  if (existing !== undefined && !existing.isDirectory()) {
    throw usage(`-o "${output}" is a file, but ${String(files.length)} diagrams need a folder`);
  }
  return { kind: 'folder', path: output };
}

async function writeAll(
  io: CliIo,
  target: Target,
  files: OutputFile[],
  contentOf: (file: OutputFile) => Promise<string | Uint8Array>,
): Promise<ExitCode> {
  if (target.kind === 'folder') {
    try {
      await mkdir(target.path, { recursive: true });
    } catch {
      io.err(`transition-studio diagram: could not create the folder ${quoteValue(target.path)}.`);
      return EXIT.invalid;
    }
  }
  let exit: ExitCode = EXIT.ok;
  for (const file of files) {
    let content: string | Uint8Array;
    try {
      content = await contentOf(file);
    } catch (error) {
      if (!(error instanceof DiagramPageError)) throw error;
      io.err(`${file.view}: ${quoteValue(file.title)} could not be drawn: ${error.message}`);
      exit = EXIT.invalid;
      continue;
    }
    if (target.kind === 'stdout') {
      // Only text reaches here: a PNG without -o is a usage error.
      io.out(typeof content === 'string' ? content : '');
      continue;
    }
    const path = target.kind === 'file' ? target.path : join(target.path, file.fileName);
    const written = await writeOutputFile(io, path, content);
    if (written === EXIT.ok) io.err(`Wrote ${safeValue(path)}`);
    else exit = written;
  }
  return exit;
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
