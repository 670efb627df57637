import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parsePlanText } from '../core/plan/parse';
import type { Plan } from '../core/plan/schema';
import type { Problem } from '../core/plan/problems';

export const MAX_PLAN_FILE_BYTES = 50 * 1024 * 1024;

export type PlanFileReadResult =
  | { ok: true; plan: Plan; path: string; name: string }
  | {
      ok: false;
      path: string;
      name: string;
      reason: 'unreadable' | 'invalid';
      message: string;
      problems: Problem[];
    };

/**
 * Reads and validates a plan file. Every failure is a sentence naming the file; the size is
 * checked before a byte is read so that a huge file cannot stall the app.
 */
export async function readPlanFile(path: string): Promise<PlanFileReadResult> {
  const name = basename(path);
  const unreadable = (why: string): PlanFileReadResult => ({
    ok: false,
    path,
    name,
    reason: 'unreadable',
    message: `Could not open "${name}": ${why}.`,
    problems: [],
  });

  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return unreadable('it is a folder, not a plan file');
    if (!info.isFile()) return unreadable('it is not a regular file');
    size = info.size;
  } catch (error) {
    return unreadable(describeFsError(error));
  }
  if (size > MAX_PLAN_FILE_BYTES) {
    return unreadable(
      `it is ${formatMegabytes(size)}, larger than the ${formatMegabytes(MAX_PLAN_FILE_BYTES)} a plan may have`,
    );
  }
  if (size === 0) return unreadable('the file is empty');

  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return unreadable(describeFsError(error));
  }
  if (bytes.includes(0)) return unreadable('it is a binary file, not a JSON plan');

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return unreadable('it is not UTF-8 text');
  }
  const parsed = parsePlanText(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) {
    return {
      ok: false,
      path,
      name,
      reason: 'invalid',
      message: `"${name}" is not a valid plan.`,
      problems: parsed.problems,
    };
  }
  return { ok: true, plan: parsed.plan, path, name };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function describeFsError(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'the file does not exist (it may have been moved or deleted)';
    case 'EACCES':
    case 'EPERM':
      return 'permission was denied';
    case 'EISDIR':
      return 'it is a folder, not a plan file';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open; close some and try again';
    default:
      return error instanceof Error ? error.message : 'an unknown error occurred';
  }
}
