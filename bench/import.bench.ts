import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { packagedPlanSheet } from '../core/export/plan-tables';
import { parsePlanText } from '../core/plan/parse';
import { sheetsToXlsx } from '../io/export/sheets-file';
import { importFile } from '../io/import/read-import-file';
import { generatedPlanText } from './generated-plan';
import { measureInTurns, printFigures } from './measure';

/**
 * Importing a 10,000-row workbook as `transition-studio import` and File › Import… do (read the
 * file, read the sheet's cells, recognise headers, read every row, build and check the plan),
 * against exceljs's own read of the same file (load + visiting every cell). Judged by:
 * import / exceljs read ≤ 2. Contenders run in turns so a busy machine slows each alike.
 */
const ROWS = 10_000;
const RUNS = 8;

const work = await mkdtemp(join(tmpdir(), 'import-bench-'));
try {
  const parsed = parsePlanText(generatedPlanText(ROWS, 20));
  if (!parsed.ok) throw new Error('the generated plan does not validate');
  const path = join(work, 'large.xlsx');
  await writeFile(path, await sheetsToXlsx([packagedPlanSheet(parsed.plan)]));
  const check = await importFile(path);
  if (!check.ok || check.result.problems.length > 0 || check.result.counts.itemsAdded !== ROWS) {
    throw new Error('the generated workbook does not import every row');
  }
  console.log(
    `workbook: ${String(ROWS)} rows, ${((await readFile(path)).length / 1024).toFixed(0)} KB`,
  );

  const figures = await measureInTurns(
    [
      {
        label: 'floor: exceljs load + every cell',
        work: async () => {
          const workbook = new ExcelJS.Workbook();
          // exceljs's types predate Node's generic Buffer; the bytes are what it reads.
          await workbook.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
          let cells = 0;
          workbook.worksheets[0]?.eachRow((row) => {
            row.eachCell(() => {
              cells += 1;
            });
          });
          if (cells === 0) throw new Error('no cells');
        },
      },
      {
        label: 'import: importFile',
        work: async () => {
          const result = await importFile(path);
          if (!result.ok) throw new Error(result.message);
        },
      },
    ],
    RUNS,
    1,
  );
  const [floor, app] = figures;
  if (floor === undefined || app === undefined) throw new Error('missing figures');
  printFigures(figures, [['import / exceljs read', app.medianMs / floor.medianMs]]);
} finally {
  await rm(work, { recursive: true, force: true });
}
