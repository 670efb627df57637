import { webcrypto } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { FileStamp } from '../core/contract/app-data/documents';
import { fsErrorCode } from './fs-errors';

export type { FileStamp } from '../core/contract/app-data/documents';

/**
 * SHA-256 as lowercase hex. WebCrypto's digest runs on libuv's thread pool, so hashing a large
 * plan overlaps with parsing it on the main thread instead of adding to it.
 */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const digest = await webcrypto.subtle.digest('SHA-256', bytes);
  return Buffer.from(digest).toString('hex');
}

/** Same bytes, whatever the times say: the hash decides. */
export function sameContent(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.sha256 === b.sha256;
}

/** Same size and time: taken as unchanged without reading the file (the cheap first check). */
export function sameSizeAndTime(
  a: Pick<FileStamp, 'size' | 'mtimeMs'>,
  b: Pick<FileStamp, 'size' | 'mtimeMs'>,
): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/**
 * The stamp of the file as it is on disk now, or undefined when there is no file. The hash is
 * computed only when size and time differ from every stamp in `known`: when one matches, its
 * hash is reused (the usual case, where nothing changed).
 */
export async function currentStamp(
  path: string,
  known: readonly (FileStamp | undefined)[] = [],
): Promise<FileStamp | undefined> {
  let info: { size: number; mtimeMs: number; isFile(): boolean };
  try {
    info = await stat(path);
  } catch (error) {
    if (fsErrorCode(error) === 'ENOENT' || fsErrorCode(error) === 'ENOTDIR') return undefined;
    throw error;
  }
  if (!info.isFile()) return undefined;
  const match = known.find((stamp) => stamp !== undefined && sameSizeAndTime(stamp, info));
  if (match) return match;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if (fsErrorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  // The time is the one seen before reading: if the file changes while it is read, the next
  // comparison sees a different time and hashes again.
  return { size: bytes.length, mtimeMs: info.mtimeMs, sha256: await sha256Hex(bytes) };
}
