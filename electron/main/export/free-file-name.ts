import { open, unlink } from 'node:fs/promises';
import { extname, join } from 'node:path';

const MAX_ATTEMPTS = 1000;

export interface ReservedFile {
  path: string;
  name: string;
  /** Removes the placeholder when the write that was to replace it failed. */
  release(): Promise<void>;
}

/**
 * Claims a name that no file in `folder` has: `name.ext`, else `name-2.ext`, `name-3.ext`…
 * The claim is an empty file created with O_EXCL, so two exports racing for one name (or
 * another program creating it meanwhile) can never overwrite each other; the atomic writer
 * then replaces the placeholder with the content.
 */
export async function reserveFreeFileName(folder: string, fileName: string): Promise<ReservedFile> {
  const extension = extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const name = attempt === 1 ? fileName : `${stem}-${String(attempt)}${extension}`;
    const path = join(folder, name);
    try {
      const handle = await open(path, 'wx');
      await handle.close();
      return {
        path,
        name,
        release: () => unlink(path).catch(() => undefined),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`no free name for "${fileName}" after ${String(MAX_ATTEMPTS)} attempts`);
}
