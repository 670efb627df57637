import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
// The project's own config, minus type information: the layering rules are syntactic, and
// linting text that differs from the file on disk confuses the TypeScript project service.
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

const LAYER_RULES = new Set([
  'layers/allowed-imports',
  'no-restricted-imports',
  'no-restricted-globals',
]);

/** Lints `code` as if it were the content of an existing file in that layer. */
async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  const fatal = (result?.messages ?? []).filter((m) => m.fatal === true);
  if (fatal.length > 0) throw new Error(`lint could not parse: ${fatal[0]?.message ?? ''}`);
  return (result?.messages ?? [])
    .filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId))
    .map((m) => m.message);
}

const CORE = 'core/plan/new-plan.ts';
const IO = 'io/plan-file.ts';
const MAIN = 'electron/main/menu.ts';
const PRELOAD = 'electron/preload/index.ts';
const CLI = 'cli/output.ts';
const APP = 'renderer/src/app/StatusBar.tsx';
const FEATURE = 'renderer/src/features/readiness/FindingRow.tsx';
const UI = 'renderer/src/ui/FormSection.tsx';
const STATE = 'renderer/src/state/validation.ts';
const DIAGRAMS = 'renderer/src/diagrams/render-svg.ts';
const PLATFORM = 'renderer/src/platform/studio.ts';

describe('the allow-list that keeps the layers apart', () => {
  // One import outside each layer's allow-list (eslint.config.js, LAYERS).
  it.each([
    [CORE, "import { readPlanFile } from '../../io/plan-file';", 'may import only core/'],
    [IO, "import { createMenu } from '../electron/main/menu';", 'may import only io/, core/'],
    [MAIN, "import { main } from '../../cli/main';", 'may import only electron/main/, core/, io/'],
    [PRELOAD, "import { readPlanFile } from '../../io/plan-file';", 'electron/preload/ may not'],
    [CLI, "import { SECTION_INFO } from '../renderer/src/ui/sections';", 'cli/ may not'],
    [APP, "import { readPlanFile } from '../../../io/plan-file';", 'renderer app/ may not'],
    [
      FEATURE,
      "import { StrategyScreen } from '../strategy/StrategyScreen';",
      'renderer feature readiness/ may not',
    ],
    [FEATURE, "import { App } from '../../app/App';", 'renderer feature readiness/ may not'],
    [UI, "import { StatusBar } from '../app/StatusBar';", 'renderer ui/ may not'],
    [UI, "import { DiagramPanel } from '../features/diagrams/DiagramPanel';", 'renderer ui/ may'],
    [STATE, "import { FormSection } from '../ui/FormSection';", 'renderer state/ may not'],
    [DIAGRAMS, "import { useUiStore } from '../state/ui-store';", 'renderer diagrams/ may not'],
    [PLATFORM, "import { useUiStore } from '../state/ui-store';", 'renderer platform/ may not'],
  ])('refuses %s importing: %s', async (file, code, expected) => {
    const messages = await layerMessages(file, `${code}\nexport {};\n`);
    expect(messages.join('\n')).toContain(expected);
  });

  it.each([
    [STATE, "import { invokeContract } from '../../../core/contract/ipc/contract';"],
    [
      FEATURE,
      "import { type IpcError, ipcChannels } from '../../../../core/contract/ipc/contract';",
    ],
  ])('lets %s take the contract for its types only: %s', async (file, code) => {
    const messages = await layerMessages(file, `${code}\nexport {};\n`);
    expect(messages.join('\n')).toContain('for its types only');
  });

  it.each([
    [CORE, "import { z } from 'zod';\nexport const s = z.string();"],
    [IO, "import { parsePlanText } from '../core/plan/parse';\nexport { parsePlanText };"],
    [MAIN, "import { readPlanFile } from '../../io/plan-file';\nexport { readPlanFile };"],
    [
      PRELOAD,
      "import { eventChannelName } from '../../core/contract/ipc/channels';\nexport { eventChannelName };",
    ],
    [CLI, "import { readPlanFile } from '../io/plan-file';\nexport { readPlanFile };"],
    [
      APP,
      "import { DiagramPanel } from '../features/diagrams/DiagramPanel';\nexport { DiagramPanel };",
    ],
    [FEATURE, "import { SECTION_INFO } from '../../ui/sections';\nexport { SECTION_INFO };"],
    [
      FEATURE,
      "import type { IpcError } from '../../../../core/contract/ipc/contract';\nexport type { IpcError };",
    ],
    [UI, "import { useUiStore } from '../state/ui-store';\nexport { useUiStore };"],
    [
      DIAGRAMS,
      "import { mermaidSource } from '../../../core/diagrams';\nexport { mermaidSource };",
    ],
    [
      'test/unit/any.test.ts',
      "import { StatusBar } from '../../renderer/src/app/StatusBar';\nexport { StatusBar };",
    ],
    [
      'bench/any.bench.ts',
      "import { createMenu } from '../electron/main/menu';\nexport { createMenu };",
    ],
  ])('allows %s importing what its allow-list names', async (file, code) => {
    expect(await layerMessages(file, code)).toEqual([]);
  });
});

describe('the lint rules that keep each runtime to its packages', () => {
  it.each([
    [CORE, "import { readFile } from 'node:fs';"],
    [CORE, "import { readFile } from 'fs';"],
    [CORE, "import { app } from 'electron';"],
    [CORE, "import { useState } from 'react';"],
    [CORE, "import mermaid from 'mermaid';"],
    [CORE, "import { Low } from 'lowdb';"],
    [CORE, 'export const width = window.innerWidth;'],
    [CORE, 'export const cwd = process.cwd();'],
    [APP, "import { ipcRenderer } from 'electron';"],
    [APP, "import { join } from 'node:path';"],
    [IO, "import { app } from 'electron';"],
    [CLI, "import { useState } from 'react';"],
    [MAIN, "import { useState } from 'react';"],
    [PRELOAD, "import { invokeContract } from '../../core/contract/ipc/contract';"],
    [PRELOAD, "import { readFileSync } from 'node:fs';"],
    [PRELOAD, "import { z } from 'zod';"],
  ])('fails %s using: %s', async (file, code) => {
    expect(await layerMessages(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    [APP, "import { Button } from '@mantine/core';\nexport { Button };"],
    [IO, "import { readFile } from 'node:fs/promises';\nexport { readFile };"],
  ])('allows %s using what its runtime has', async (file, code) => {
    expect(await layerMessages(file, code)).toEqual([]);
  });
});
