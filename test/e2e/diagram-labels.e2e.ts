/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDiagram,
  mermaidConfig,
  type DiagramOptions,
  type DiagramView,
} from '../../core/diagrams';
import { MAX_SECTION_LENGTH, shortenLabel } from '../../core/diagrams/escape';
import { CURRENT_SCHEMA_VERSION, PLAN_FORMAT, type Plan } from '../../core/plan/schema';
import { CHROMIUM_INSTALL_HINT, findChromium } from '../../scripts/chromium-path.mjs';
import { loadSeedPlan } from '../support/seed';
import { repoRoot } from './support/harness';
import { CHROMIUM_ARGS } from '../../io/chromium-flags';

/**
 * What Mermaid draws from every hostile string, in a real browser with the app's Mermaid
 * config: the unit tests prove the structure holds, this proves the words come out as written.
 * Mermaid decodes entity codes differently in each kind of label (see core/diagrams/escape.ts),
 * which only a real drawing shows.
 */
const CORPUS = (
  JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/hostile-strings.json'), 'utf8')) as {
    strings: string[];
  }
).strings;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`No Chromium for the E2E tests. ${CHROMIUM_INSTALL_HINT}`);
  browser = await chromium.launch({ executablePath, args: ['--headless', ...CHROMIUM_ARGS] });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
  await page.addScriptTag({ path: join(repoRoot, 'node_modules/mermaid/dist/mermaid.min.js') });
  await page.evaluate((config) => {
    (window as unknown as { mermaid: { initialize(c: unknown): void } }).mermaid.initialize(config);
  }, mermaidConfig('light'));
});

afterAll(async () => {
  await browser.close();
});

interface Drawn {
  /**
   * All text of the drawing, without white space (Mermaid wraps labels into words) and without
   * the invisible word joiner escapeLabel puts between a backslash and an "n".
   */
  text: string;
  /** Whether the SVG reads as XML, as it must to become a PNG through an image. */
  wellFormed: boolean;
  markup: number;
}

async function draw(source: string): Promise<Drawn> {
  return page.evaluate(async (text) => {
    const mermaid = (
      window as unknown as {
        mermaid: { render(id: string, text: string): Promise<{ svg: string }> };
      }
    ).mermaid;
    const { svg } = await mermaid.render(`d${String(Date.now())}`, text);
    const out = document.getElementById('out');
    if (!out) throw new Error('no output element');
    out.innerHTML = svg;
    const xml = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      text: out.textContent.replace(/[\s\u2060]+/gu, ''),
      wellFormed: xml.getElementsByTagName('parsererror').length === 0,
      markup: out.querySelectorAll('img, script, foreignObject, a, iframe').length,
    };
  }, source);
}

async function drawView(
  plan: Plan,
  view: DiagramView,
  options: DiagramOptions = {},
): Promise<string> {
  let text = '';
  for (const diagram of buildDiagram(plan, view, options).diagrams) {
    const drawn = await draw(diagram.source);
    expect(drawn.wellFormed, `${view}: ${diagram.title}`).toBe(true);
    expect(drawn.markup, `${view}: ${diagram.title}`).toBe(0);
    text += drawn.text;
  }
  return text;
}

const flat = (text: string): string => text.replace(/\s+/gu, '');

/** The corpus in batches, one string per item of the sample plan. */
function batches(size: number): string[][] {
  const out: string[][] = [];
  for (let at = 0; at < CORPUS.length; at += size) out.push(CORPUS.slice(at, at + size));
  return out;
}

describe('hostile strings as Mermaid draws them', () => {
  it.each(batches(27).map((batch, index) => [index, batch] as const))(
    'batch %i reads as written in flowchart boxes',
    async (_index, batch) => {
      const plan = loadSeedPlan();
      const items = plan.packagedPlan.deliveries.flatMap((delivery) => delivery.items);
      items.forEach((item, index) => {
        item.title = batch[index] ?? 'Plain';
      });
      // Every item in its own box: the grouped default names a group by a short list.
      const text = await drawView(plan, 'streams', { detail: 'items' });
      for (const original of batch) {
        expect(text, JSON.stringify(original)).toContain(flat(shortenLabel(original)));
      }
    },
  );

  it.each(batches(26).map((batch, index) => [index, batch] as const))(
    'batch %i reads as written in gantt sections and tasks',
    async (_index, batch) => {
      const plan: Plan = {
        format: PLAN_FORMAT,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        title: 'Gantt labels',
        service: { name: 'Service' },
        strategy: { approach: 'packaged' },
        packagedPlan: {
          deliveries: batch.map((text, index) => ({
            id: `d${String(index)}`,
            name: text,
            date: `2027-03-${String(index + 1).padStart(2, '0')}`,
            items: [{ id: `t${String(index)}`, kind: 'training', title: text, leadWeeks: 1 }],
          })),
        },
      };
      const text = await drawView(plan, 'packaged');
      for (const original of batch) {
        expect(text, JSON.stringify(original)).toContain(flat(shortenLabel(original)));
        expect(text, JSON.stringify(original)).toContain(
          flat(shortenLabel(original, MAX_SECTION_LENGTH)),
        );
      }
    },
  );

  it('titles a delivery box with its name where Mermaid can show it, else with its place', async () => {
    const plan = loadSeedPlan();
    const [first, second] = plan.packagedPlan.deliveries;
    if (!first || !second) throw new Error('the sample plan changed');
    first.name = 'R&D <Phase> 1';
    second.name = 'Phase "2": #go';
    const text = await drawView(plan, 'streams');
    expect(text).toContain(flat('R&D <Phase> 1 · 2027-06-30'));
    expect(text).toContain(flat('Delivery 2 of 2 · 2027-11-30'));
  });
});
