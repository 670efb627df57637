import { mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlanData, parsePlanText } from '../core/plan/parse';
import { serializePlan } from '../core/plan/serialize';
import { openPlanFile, PlanFiles } from '../io/plan-documents';
import { generatedPlanText } from './generated-plan';
import { measureInTurns, printFigures, type Figure } from './measure';

/**
 * Opening and saving a 5 MB plan as the app does, against the floors of doing the bare minimum
 * by hand. Judged by: open ≤ 1.2 × (JSON.parse + validate of the text in memory); save ≤ 1.3 ×
 * (JSON.stringify + write + fsync + rename by hand). The app's open also reads the file, checks
 * its encoding, hashes it and clears stale temp files; its save also checks for changes made by
 * other programs, orders the keys, hashes, keeps a backup (the default) and fsyncs the folder.
 * Contenders run in turns, so that a busy machine slows each alike.
 */
const RUNS = 30;
const ITEMS = 33_000;

const work = await mkdtemp(join(tmpdir(), 'files-bench-'));
try {
  const parsed = parsePlanText(generatedPlanText(ITEMS, 24));
  if (!parsed.ok) throw new Error('the generated plan does not validate');
  const plan = parsed.plan;
  const text = serializePlan(plan);
  const path = join(work, 'large.transition');
  await writeFile(path, text);
  console.log(
    `plan text: ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB, ${String(ITEMS)} items`,
  );

  const [openFloor, openApp] = await measureInTurns(
    [
      {
        label: 'floor: JSON.parse + validate',
        work: () => Promise.resolve(parsePlanData(JSON.parse(text))),
      },
      {
        label: 'open: openPlanFile',
        work: async () => {
          const result = await openPlanFile(path);
          if (!result.ok) throw new Error(result.message);
        },
      },
    ],
    RUNS,
  );

  const floorPath = join(work, 'floor.transition');
  const files = new PlanFiles();
  const first = await openPlanFile(path);
  if (!first.ok) throw new Error(first.message);
  let stamp = first.stamp;
  let counter = 0;
  const appSave = (backup: boolean) => async () => {
    counter += 1;
    // A different title each time, so that every save really changes the file.
    const next = serializePlan({ ...plan, title: `Save ${String(counter)}` });
    const result = await files.save(path, next, { expected: stamp, backup });
    if (!('saved' in result)) throw new Error(result.conflict.message);
    stamp = result.saved.stamp;
  };
  const [saveFloor, saveApp, saveNoBackup] = await measureInTurns(
    [
      {
        label: 'floor: stringify + write + fsync + rename',
        work: async () => {
          const body = JSON.stringify({ ...plan, title: `Floor ${String(counter)}` }, null, 2);
          const temp = `${floorPath}.tmp`;
          const handle = await open(temp, 'w');
          try {
            await handle.writeFile(body);
            await handle.sync();
          } finally {
            await handle.close();
          }
          await rename(temp, floorPath);
        },
      },
      { label: 'save: serializePlan + PlanFiles.save', work: appSave(true) },
      { label: 'save without backup', work: appSave(false) },
    ],
    RUNS,
  );

  const figures = [openFloor, openApp, saveFloor, saveApp, saveNoBackup].filter(
    (figure): figure is Figure => figure !== undefined,
  );
  const ratio = (a: Figure | undefined, b: Figure | undefined): number =>
    (a?.medianMs ?? Number.NaN) / (b?.medianMs ?? Number.NaN);
  printFigures(figures, [
    ['open / (JSON.parse + validate) (target <= 1.2)', ratio(openApp, openFloor)],
    ['save / (stringify + write + fsync + rename) (target <= 1.3)', ratio(saveApp, saveFloor)],
    ['save without backup / floor', ratio(saveNoBackup, saveFloor)],
  ]);
} finally {
  await rm(work, { recursive: true, force: true });
}
