import type { Mermaid, MermaidConfig } from 'mermaid';
import { mermaidConfig } from '../../../core/diagrams';

export type DiagramTheme = 'light' | 'dark';

let loading: Promise<Mermaid> | undefined;
let initialisedTheme: DiagramTheme | undefined;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Mermaid is ~3 MB: it is loaded on first use, in chunks of its own, never in the entry chunk.
 * A failed load (a missing chunk) is not remembered, so the next render tries again.
 */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(
    (module) => module.default,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The project's configuration plus one renderer concern: never draw Mermaid's error bomb. */
export function runtimeConfig(theme: DiagramTheme): MermaidConfig {
  return { ...mermaidConfig(theme), suppressErrorRendering: true };
}

/** Mermaid with the configuration for `theme`; it is initialised again only when that changes. */
export async function mermaidFor(theme: DiagramTheme): Promise<Mermaid> {
  const mermaid = await loadMermaid();
  if (initialisedTheme !== theme) {
    mermaid.initialize(runtimeConfig(theme));
    initialisedTheme = theme;
  }
  return mermaid;
}

/**
 * Runs jobs one after another. Mermaid's configuration is global, so a render for the dark
 * theme must not start while one for the light theme is still drawing.
 */
export function exclusive<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

/** The text limit Mermaid is configured with (past it Mermaid draws a message, not the diagram). */
export function maxTextSize(theme: DiagramTheme): number {
  const limit = mermaidConfig(theme).maxTextSize;
  return typeof limit === 'number' ? limit : 50_000;
}
