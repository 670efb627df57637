import { spawn } from 'node:child_process';

export interface KilledWriterOutcome {
  pid: number;
  /** How many saves the child reported finished ("saved …" lines). */
  saved: number;
  killed: boolean;
  /** From "ready" to the end: the time spent saving. */
  savingMs: number;
}

/**
 * Runs a writer child (`node <args>`) that prints "ready" and then one "saved …" line per
 * completed save, and SIGKILLs it `killAfterMs` after it is ready (unless it finished first).
 * The crash tests of the atomic writer and of the app's save path share it.
 */
export function runKilledWriter(
  args: readonly string[],
  killAfterMs: number,
): Promise<KilledWriterOutcome> {
  return new Promise((resolveRun, reject) => {
    const writer = spawn(process.execPath, [...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    let timer: NodeJS.Timeout | undefined;
    let ready = 0;
    writer.stdout.setEncoding('utf8');
    writer.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (timer === undefined && output.startsWith('ready\n')) {
        ready = performance.now();
        timer = setTimeout(() => writer.kill('SIGKILL'), killAfterMs);
      }
    });
    writer.on('error', reject);
    writer.on('close', (code, signal) => {
      clearTimeout(timer);
      if (writer.pid === undefined) {
        reject(new Error('the writer did not start'));
        return;
      }
      if (signal === null && code !== 0) {
        reject(new Error(`the writer exited with code ${String(code)}`));
        return;
      }
      resolveRun({
        pid: writer.pid,
        saved: output.split('\n').filter((line) => line.startsWith('saved ')).length,
        killed: signal === 'SIGKILL',
        savingMs: ready === 0 ? 0 : performance.now() - ready,
      });
    });
  });
}
