import { writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { build } from 'vite';
import { generatedPlanText } from '../../bench/generated-plan';
import { parsePlanText } from '../../core/plan/parse';
import { serializePlan } from '../../core/plan/serialize';

const root = resolve(import.meta.dirname, '../..');

export interface WriterChild {
  /** The bundled module, passed to the child as its first argument. */
  bundle: string;
  /** The child script, run with `node child bundle …`. */
  child: string;
}

/**
 * Bundles one io/ module into a single self-contained file (Node 20 cannot run TypeScript, and
 * the child runs in a temp folder without node_modules) and writes the child script beside it.
 * The crash and race tests of the writers share it.
 */
export async function bundleWriterChild(
  work: string,
  modulePath: string,
  childSource: string,
): Promise<WriterChild> {
  const entryFileNames = basename(modulePath).replace(/\.ts$/u, '.mjs');
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    ssr: { noExternal: true },
    build: {
      ssr: resolve(root, modulePath),
      outDir: join(work, 'bundle'),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames } },
    },
  });
  const child = join(work, 'child.mjs');
  await writeFile(child, childSource);
  return { bundle: join(work, 'bundle', entryFileNames), child };
}

/** A generated plan of `items` items serialised with `title` as its title: a save's template. */
export function planTemplate(items: number, deliveries: number, title: string): string {
  const parsed = parsePlanText(generatedPlanText(items, deliveries));
  if (!parsed.ok) throw new Error('the generated plan does not parse');
  return serializePlan({ ...parsed.plan, title });
}

/** A seeded generator (mulberry32): kill moments vary with timing only, not from run to run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
