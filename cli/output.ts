import { AtomicWriteError, writeFileAtomic } from '../io/atomic-write';
import { EXIT, type CliIo, type ExitCode } from './io';

/**
 * A command's result: to stdout, or with `-o` to a file through the atomic writer the app uses.
 * A failed write is one sentence on stderr and exit 1; the target is left as it was.
 */
export async function emitResult(io: CliIo, text: string, output: unknown): Promise<ExitCode> {
  if (typeof output !== 'string') {
    io.out(text);
    return EXIT.ok;
  }
  return writeOutputFile(io, output, text);
}

/** One output file (text or bytes) through the atomic writer; a failure is one line on stderr. */
export async function writeOutputFile(
  io: CliIo,
  path: string,
  data: string | Uint8Array,
): Promise<ExitCode> {
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
    io.err(error instanceof AtomicWriteError ? error.message : `Could not write "${path}".`);
    return EXIT.invalid;
  }
  return EXIT.ok;
}
