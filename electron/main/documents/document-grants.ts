import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { FileStamp } from '../../../core/contract/app-data/documents';
import { pathKey } from '../../../io/keyed-queue';
import { UserFacingError } from '../ipc/user-facing-error';

/**
 * Plan files the user chose, each under an id the page names instead of a path (the model the
 * export folders use). Main issues a grant only for a path that came from the user: a native
 * Open or Save dialog, the recent list, a file the OS passed, a file dropped on the window.
 * A grant also carries the version main last read or wrote there, so that the page never
 * sends a path or a stamp back.
 */
export interface GrantedFile {
  readonly grant: string;
  readonly path: string;
  readonly name: string;
  /** The version main last read or wrote at this path; null when it never did. */
  stamp: FileStamp | null;
}

export class DocumentGrants {
  readonly #byId = new Map<string, GrantedFile>();
  readonly #byPath = new Map<string, GrantedFile>();

  /** The grant of `path` (one per file, so the page's recent list stays stable). */
  issue(path: string, stamp?: FileStamp | null): GrantedFile {
    const key = pathKey(path);
    let granted = this.#byPath.get(key);
    if (granted === undefined) {
      granted = { grant: randomUUID(), path, name: basename(path), stamp: null };
      this.#byPath.set(key, granted);
      this.#byId.set(granted.grant, granted);
    }
    if (stamp !== undefined) granted.stamp = stamp;
    return granted;
  }

  /** The file behind a grant, or the sentence for one main never gave out. */
  resolve(grant: string): GrantedFile {
    const granted = this.#byId.get(grant);
    if (granted === undefined) {
      throw new UserFacingError(
        'not-found',
        'The app was not given that file in this session; open it again from the File menu.',
      );
    }
    return granted;
  }

  /** The file behind a grant, if main gave it out (for messages that cannot be answered). */
  find(grant: string): GrantedFile | undefined {
    return this.#byId.get(grant);
  }
}
