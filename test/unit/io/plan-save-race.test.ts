import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleWriterChild, planTemplate } from '../../support/writer-child';

/**
 * Two processes (two app instances on a shared folder, or the app and the CLI) save the same
 * plan at the same moment, 30 times over. Both opened the same version, so only one save may
 * land: the other must be told of a conflict, exactly as for a change made on disk. A round
 * where both are told "saved" is an edit silently lost.
 */

const ROUNDS = 30;
const TITLE = '@@TITLE@@';

const CHILD_SOURCE = `
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
const [bundle, target, templatePath, who] = process.argv.slice(2);
const { PlanFiles, openPlanFile } = await import(pathToFileURL(bundle).href);
const template = readFileSync(templatePath, 'utf8');
const files = new PlanFiles();
let stamp = null;
for await (const line of createInterface({ input: process.stdin })) {
  const [command, round] = line.split(' ');
  if (command === 'open') {
    const opened = await openPlanFile(target);
    if (!opened.ok) { console.error(opened.message); process.exit(3); }
    stamp = opened.stamp;
    process.stdout.write('opened\\n');
  } else if (command === 'save') {
    const text = template.replace('${TITLE}', who + ' round ' + round);
    const result = await files.save(target, text, { expected: stamp, backup: false });
    process.stdout.write((result.saved ? 'saved' : 'conflict ' + result.conflict.reason) + '\\n');
  } else {
    process.exit(0);
  }
}
`;

let work: string;
let bundle: string;
let child: string;
let templatePath: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'plan-save-race-'));
  ({ bundle, child } = await bundleWriterChild(work, 'io/plan-documents.ts', CHILD_SOURCE));
  templatePath = join(work, 'template.json');
  await writeFile(templatePath, planTemplate(3_000, 12, TITLE));
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

interface Writer {
  ask(command: string): Promise<string>;
  process: ChildProcessWithoutNullStreams;
}

function startWriter(target: string, who: string): Writer {
  const proc = spawn(process.execPath, [child, bundle, target, templatePath, who]);
  const lines = createInterface({ input: proc.stdout });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  return {
    process: proc,
    ask: (command) =>
      new Promise((resolveLine) => {
        waiting.push(resolveLine);
        proc.stdin.write(`${command}\n`);
      }),
  };
}

describe('two processes saving one plan together', () => {
  it('lands one save per round and tells the other of the conflict: no edit is lost', async () => {
    const target = join(work, 'shared.transition');
    await writeFile(target, await readFile(templatePath, 'utf8'));
    const writers = { A: startWriter(target, 'A'), B: startWriter(target, 'B') };
    let lost = 0;
    let told = 0;
    try {
      for (let round = 1; round <= ROUNDS; round += 1) {
        await Promise.all([writers.A.ask('open'), writers.B.ask('open')]);
        const [a, b] = await Promise.all([
          writers.A.ask(`save ${String(round)}`),
          writers.B.ask(`save ${String(round)}`),
        ]);
        const saved = [a, b].filter((answer) => answer === 'saved').length;
        if (saved === 2) lost += 1;
        if (saved === 1 && [a, b].includes('conflict changed')) told += 1;
        const winner = a === 'saved' ? 'A' : 'B';
        const text = await readFile(target, 'utf8');
        expect(text.includes(`"${winner} round ${String(round)}"`)).toBe(true);
      }
    } finally {
      for (const writer of Object.values(writers)) writer.process.stdin.end('quit\n');
    }
    console.log(
      `racing saves: ${String(ROUNDS)} rounds of 2 processes, ${String(lost)} silently lost edits, ${String(told)} losers told`,
    );
    expect(lost).toBe(0);
    expect(told).toBe(ROUNDS);
    // Locks and temp files are gone once both are done.
    expect(await readdir(work)).toEqual([
      'bundle',
      'child.mjs',
      'shared.transition',
      'template.json',
    ]);
  }, 120_000);
});
