import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
// The project's own config, minus type information: the layering rules are syntactic, and
// linting text that differs from the file on disk confuses the TypeScript project service.
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

/** Lints `code` as if it were the content of an existing file in that layer. */
async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  const fatal = (result?.messages ?? []).filter((m) => m.fatal === true);
  if (fatal.length > 0) throw new Error(`lint could not parse: ${fatal[0]?.message ?? ''}`);
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

const CORE = 'core/plan/new-plan.ts';
const RENDERER = 'renderer/src/platform/studio.ts';
const IO = 'io/plan-file.ts';
const PRELOAD = 'electron/preload/index.ts';

describe('the lint rule that keeps the layers apart', () => {
  it.each([
    [CORE, "import { readFile } from 'node:fs';"],
    [CORE, "import { readFile } from 'fs';"],
    [CORE, "import { app } from 'electron';"],
    [CORE, "import { useState } from 'react';"],
    [CORE, "import mermaid from 'mermaid';"],
    [CORE, "import { Low } from 'lowdb';"],
    [CORE, "import { readPlanFile } from '../../io/plan-file';"],
    [CORE, 'export const width = window.innerWidth;'],
    [CORE, 'export const cwd = process.cwd();'],
    [RENDERER, "import { ipcRenderer } from 'electron';"],
    [RENDERER, "import { join } from 'node:path';"],
    [RENDERER, "import { readPlanFile } from '../../../io/plan-file';"],
    [RENDERER, "import { createHandlers } from '../../../electron/main/ipc/handlers';"],
    [IO, "import { app } from 'electron';"],
    [PRELOAD, "import { invokeContract } from '../../core/contract/ipc/contract';"],
    [PRELOAD, "import { readFileSync } from 'node:fs';"],
  ])('fails %s importing: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    [CORE, "import { z } from 'zod';\nexport const s = z.string();"],
    [RENDERER, "import { Button } from '@mantine/core';\nexport { Button };"],
    [
      RENDERER,
      "import { parsePlanText } from '../../../core/plan/parse';\nexport { parsePlanText };",
    ],
    [IO, "import { readFile } from 'node:fs/promises';\nexport { readFile };"],
  ])('allows %s importing what its runtime has', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
