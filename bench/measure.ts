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
