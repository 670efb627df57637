import { vi } from 'vitest';

/**
 * jsdom cannot lay Mermaid out (no getBBox), so the component tests replace the module with
 * this scripted one: each render call waits for the test to answer it.
 */
export interface PendingRender {
  id: string;
  text: string;
  resolve: (svg?: string) => void;
  reject: (error: Error) => void;
}

export const mermaidMock = (() => {
  const pending: PendingRender[] = [];
  const calls: { id: string; text: string }[] = [];
  let auto = true;
  const svgFor = (id: string, text: string) =>
    `<svg id="${id}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><text>${text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')}</text></svg>`;
  const render = vi.fn(
    (id: string, text: string, container?: Element): Promise<{ svg: string }> =>
      new Promise((resolve, reject) => {
        calls.push({ id, text });
        // Like Mermaid: a working element in the document while it draws.
        const work = document.createElement('div');
        work.id = `d${id}`;
        (container ?? document.body).append(work);
        const entry = {
          id,
          text,
          resolve: (svg?: string) => {
            resolve({ svg: svg ?? svgFor(id, text) });
          },
          reject,
        };
        if (auto) entry.resolve();
        else pending.push(entry);
      }),
  );
  const initialize = vi.fn();
  return {
    module: { default: { render, initialize } },
    render,
    initialize,
    calls,
    pending,
    /** Renders answer at once (true) or wait for `pending[i].resolve()` (false). */
    setAuto(value: boolean) {
      auto = value;
    },
    reset() {
      pending.length = 0;
      calls.length = 0;
      auto = true;
      render.mockClear();
      initialize.mockClear();
    },
  };
})();
