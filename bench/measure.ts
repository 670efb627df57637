import { performance } from 'node:perf_hooks';

export interface Figure {
  label: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

/** Runs `work` after a warm-up and reports the median and 95th percentile in milliseconds. */
export function measure(label: string, work: () => unknown, runs: number): Figure {
  for (let i = 0; i < Math.min(50, runs); i += 1) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { label, runs, medianMs: at(0.5), p95Ms: at(0.95) };
}

export function printFigures(
  figures: readonly Figure[],
  ratios: readonly [string, number][],
): void {
  for (const f of figures) {
    console.log(
      `${f.label.padEnd(40)} median ${f.medianMs.toFixed(3)} ms   p95 ${f.p95Ms.toFixed(3)} ms   (${String(f.runs)} runs)`,
    );
  }
  for (const [label, value] of ratios) console.log(`ratio: ${label} = ${value.toFixed(2)}`);
}

/** `measure` for work that returns a promise: runs one at a time, after a warm-up. */
export async function measureAsync(
  label: string,
  work: () => Promise<unknown>,
  runs: number,
  warmUp = Math.min(5, runs),
): Promise<Figure> {
  for (let i = 0; i < warmUp; i += 1) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { label, runs, medianMs: at(0.5), p95Ms: at(0.95) };
}

/**
 * Runs several contenders in turns (a, b, c, a, b, c, …) so that a busy machine slows them all
 * alike: their ratio stays meaningful even when the absolute times wander.
 */
export async function measureInTurns(
  contenders: readonly { label: string; work: () => Promise<unknown> }[],
  runs: number,
  warmUp = 3,
): Promise<Figure[]> {
  for (let i = 0; i < warmUp; i += 1) {
    for (const contender of contenders) await contender.work();
  }
  const times = contenders.map(() => [] as number[]);
  for (let i = 0; i < runs; i += 1) {
    for (const [index, contender] of contenders.entries()) {
      const start = performance.now();
      await contender.work();
      times[index]?.push(performance.now() - start);
    }
  }
  return contenders.map((contender, index) => {
    const sorted = [...(times[index] ?? [])].sort((a, b) => a - b);
    const at = (q: number): number =>
      sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return { label: contender.label, runs, medianMs: at(0.5), p95Ms: at(0.95) };
  });
}
