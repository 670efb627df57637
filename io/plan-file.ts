import { isUtf8 } from 'node:buffer';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { parsePlanText } from '../core/plan/parse';
import type { Plan } from '../core/plan/schema';
import type { Problem } from '../core/plan/problems';
import { quoteValue } from '../core/text/quote-value';
import { describeFsError } from './fs-errors';
import { sha256Hex, type FileStamp } from './file-stamp';

export const MAX_PLAN_FILE_BYTES = 50 * 1024 * 1024;

export type PlanFileReadResult =
  | {
      ok: true;
      plan: Plan;
      path: string;
      name: string;
      /** The version read, so that a later save can tell whether another program changed it. */
      stamp: FileStamp;
      /** The schema version the file had when the plan was migrated on reading. */
      migratedFrom?: number;
    }
  | {
      ok: false;
      path: string;
      name: string;
      reason: 'unreadable' | 'invalid';
      message: string;
      /** The first problems (the parser keeps at most 1,000). */
      problems: Problem[];
      /** How many problems there were in all, when more than `problems` holds. */
      totalProblems?: number;
    };

/**
 * The one plan reader, for the CLI and the app alike: reads, hashes and validates a plan file.
 * Every failure is a sentence naming the file; the size is checked before a byte is read so
 * that a huge file cannot stall anything, and the hash runs off the main thread while the text
 * is parsed.
 */
export async function readPlanFile(path: string): Promise<PlanFileReadResult> {
  const read = await readPlanBytes(path);
  const { name } = read;
  if (!read.ok) {
    return { ok: false, path, name, reason: 'unreadable', message: read.message, problems: [] };
  }
  const hashing = sha256Hex(read.bytes);
  const decoded = decodePlanBytes(read.bytes);
  const parsed = decoded.ok ? parsePlanText(decoded.text) : undefined;
  const sha256 = await hashing;
  if (!decoded.ok) {
    const message = couldNotOpen(name, decoded.why);
    return { ok: false, path, name, reason: 'unreadable', message, problems: [] };
  }
  if (!parsed?.ok) {
    return {
      ok: false,
      path,
      name,
      reason: 'invalid',
      message: `${quoteValue(name)} is not a valid plan.`,
      problems: parsed?.problems ?? [],
      ...(parsed?.totalProblems === undefined ? {} : { totalProblems: parsed.totalProblems }),
    };
  }
  const stamp: FileStamp = { size: read.bytes.length, mtimeMs: read.modifiedMs, sha256 };
  return {
    ok: true,
    plan: parsed.plan,
    path,
    name,
    stamp,
    ...(parsed.migratedFrom === undefined ? {} : { migratedFrom: parsed.migratedFrom }),
  };
}

export type PlanTextReadResult =
  | { ok: true; path: string; name: string; text: string }
  | { ok: false; path: string; name: string; message: string };

/**
 * The UTF-8 text of a file read with a plan's limits (a regular file of at most 50 MB, UTF-8,
 * byte order mark dropped), for JSON files beside plans such as an import mapping.
 */
export async function readPlanText(path: string): Promise<PlanTextReadResult> {
  const read = await readPlanBytes(path);
  if (!read.ok) return read;
  const decoded = decodePlanBytes(read.bytes);
  if (!decoded.ok) {
    return { ok: false, path, name: read.name, message: couldNotOpen(read.name, decoded.why) };
  }
  return { ok: true, path, name: read.name, text: decoded.text };
}

export type PlanBytesReadResult =
  | { ok: true; path: string; name: string; bytes: Buffer; modifiedMs: number }
  | { ok: false; path: string; name: string; message: string };

/**
 * The bytes of a file read with a plan's limits, refused with a sentence when the path is not
 * a regular file of at most 50 MB (plans, and the files the importer reads).
 */
export async function readPlanBytes(path: string): Promise<PlanBytesReadResult> {
  const name = basename(path);
  const unreadable = (why: string): PlanBytesReadResult => ({
    ok: false,
    path,
    name,
    message: couldNotOpen(name, why),
  });

  // stat before open: opening a named pipe for reading would wait for a writer forever.
  try {
    const refusal = refuseByStat(await stat(path));
    if (refusal !== undefined) return unreadable(refusal);
  } catch (error) {
    return unreadable(describeFsError(error));
  }

  try {
    const handle = await open(path, 'r');
    try {
      // Checked again on the open file: it may have been replaced since the stat above.
      const info = await handle.stat();
      const refusal = refuseByStat(info);
      if (refusal !== undefined) return unreadable(refusal);
      const read = await readAtMost(handle, MAX_PLAN_FILE_BYTES, info.size);
      if (typeof read === 'number') return unreadable(tooLarge(read));
      return { ok: true, path, name, bytes: read, modifiedMs: info.mtimeMs };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return unreadable(describeFsError(error));
  }
}

function couldNotOpen(name: string, why: string): string {
  return `Could not open ${quoteValue(name)}: ${why}.`;
}

function refuseByStat(info: {
  isDirectory(): boolean;
  isFile(): boolean;
  size: number;
}): string | undefined {
  if (info.isDirectory()) return 'it is a folder, not a plan file';
  if (!info.isFile()) return 'it is not a regular file';
  if (info.size > MAX_PLAN_FILE_BYTES) return tooLarge(info.size);
  if (info.size === 0) return 'the file is empty';
  return undefined;
}

/** Why a plan of `size` bytes is refused, on open and on save alike (one limit). */
export function tooLarge(size: number): string {
  return `it is ${formatMegabytes(size)}, larger than the ${formatMegabytes(MAX_PLAN_FILE_BYTES)} a plan may have`;
}

/**
 * Reads to the end but never more than `limit` bytes: a file that grows after the size check
 * (a log, another program writing) cannot make us allocate without bound. Returns the bytes, or
 * how many were seen when the limit was passed.
 */
async function readAtMost(
  handle: FileHandle,
  limit: number,
  expected: number,
): Promise<Buffer | number> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Usually the whole file in one read, plus a byte to see the end.
  let chunkSize = Math.min(expected, limit) + 1;
  for (;;) {
    const chunk = Buffer.allocUnsafe(chunkSize);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > limit) return total;
    chunkSize = 1024 * 1024;
  }
  return chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks, total);
}

export type DecodedPlanText = { ok: true; text: string } | { ok: false; why: string };

/**
 * UTF-8 text of a plan file, without its byte order mark. Tells the encodings people actually
 * end up with apart, so that the reason (`why`, to follow "Could not open …: ") says what to do.
 */
export function decodePlanBytes(bytes: Buffer): DecodedPlanText {
  if (
    startsWith(bytes, [0xff, 0xfe, 0, 0]) ||
    startsWith(bytes, [0, 0, 0xfe, 0xff]) ||
    looksLikeUtf32(bytes)
  ) {
    return { ok: false, why: 'it is UTF-32 text; save it as UTF-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16(bytes)) {
    return { ok: false, why: 'it is UTF-16 text; save it as UTF-8' };
  }
  if (bytes.includes(0)) return { ok: false, why: 'it is a binary file, not a JSON plan' };
  // A wrong byte is refused, not turned into U+FFFD and saved back changed. isUtf8 and
  // toString are Node's SIMD paths: several times faster than a fatal TextDecoder on 5 MB.
  if (!isUtf8(bytes)) return { ok: false, why: 'it is not UTF-8 text' };
  // One byte order mark is normal (Windows editors write it); one that came twice goes too.
  return { ok: true, text: bytes.toString('utf8').replace(/^\uFEFF\uFEFF?/u, '') };
}

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * UTF-32 without a byte order mark: ASCII is the character and three zero bytes ("{" is
 * 7B 00 00 00 or 00 00 00 7B), so three of every four bytes are zero. Checked before UTF-16,
 * which such text would otherwise pass for.
 */
function looksLikeUtf32(bytes: Buffer): boolean {
  const units = Math.floor(Math.min(bytes.length, 4096) / 4);
  if (units === 0) return false;
  let little = 0;
  let big = 0;
  for (let i = 0; i < units; i++) {
    const at = 4 * i;
    if (bytes[at + 2] !== 0 || (bytes[at + 1] !== 0 && bytes[at + 3] !== 0)) continue;
    if (bytes[at] !== 0 && bytes[at + 1] === 0 && bytes[at + 3] === 0) little++;
    else if (bytes[at] === 0 && bytes[at + 3] !== 0) big++;
  }
  return Math.max(little, big) >= units / 2;
}

/**
 * UTF-16 without a byte order mark: JSON is mostly ASCII, which UTF-16 stores as the character
 * and a zero byte, so zeros sit on every other byte. Binary files have zeros anywhere.
 */
function looksLikeUtf16(bytes: Buffer): boolean {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs === 0) return false;
  let little = 0; // "{" is 7B 00
  let big = 0; // "{" is 00 7B
  for (let i = 0; i < pairs; i++) {
    const first = bytes[2 * i];
    const second = bytes[2 * i + 1];
    if (first !== 0 && second === 0) little++;
    else if (first === 0 && second !== 0) big++;
  }
  const [main, other] = little >= big ? [little, big] : [big, little];
  return main >= pairs / 2 && other <= pairs / 20;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
