import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INVOKE_CHANNELS } from '../../../core/contract/ipc/channels';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createImportHandlers } from '../../../electron/main/import/import-handlers';
import { dispatchInvoke } from '../../../electron/main/ipc/dispatch';
import type { HandlerTable } from '../../../electron/main/ipc/handlers';
import type { ResponseOf } from '../../../core/contract/ipc/contract';
import { icsEvent, icsText } from '../../support/ics-files';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'studio-import-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function handlers(answers: (string | undefined)[]): HandlerTable {
  const queue = [...answers];
  const unexpected = () => Promise.reject(new Error('not part of this test'));
  const others = Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, unexpected]));
  return {
    ...(others as unknown as HandlerTable),
    ...createImportHandlers({
      chooseFileToImport: () => Promise.resolve(queue.shift()),
      chooseCalendarToImport: () => Promise.resolve(queue.shift()),
    }),
  };
}

describe('chooseImportFile', () => {
  it('reads the file the user chose in the dialog and answers its rows', async () => {
    const path = join(dir, 'plan.csv');
    await writeFile(path, 'Delivery,Date,Type,Title\nR1,2027-06-30,FR,Login\n');
    const answer = await dispatchInvoke(handlers([path]), 'chooseImportFile', undefined, {
      trusted: true,
    });
    if (!answer.ok) throw new Error(answer.error.message);
    const { file } = answer.value as {
      file: { name: string; table: { rows: { cells: unknown[] }[] } };
    };
    expect(file.name).toBe('plan.csv');
    expect(file.table.rows[1]?.cells).toEqual(['R1', '2027-06-30', 'FR', 'Login']);
  });

  it('answers null when the user cancels, and a sentence when the file cannot be read', async () => {
    expect(
      await dispatchInvoke(handlers([undefined]), 'chooseImportFile', undefined, { trusted: true }),
    ).toEqual({
      ok: true,
      value: { file: null },
    });
    const path = join(dir, 'old.xls');
    await writeFile(path, 'x');
    expect(
      await dispatchInvoke(handlers([path]), 'chooseImportFile', undefined, { trusted: true }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'file-unreadable',
        message: expect.stringContaining('save an .xls workbook as .xlsx first') as unknown,
      },
    });
  });

  it('refuses a request that carries anything, such as a path', async () => {
    const answer = await dispatchInvoke(
      handlers([]),
      'chooseImportFile',
      { path: '/etc/passwd' },
      { trusted: true },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('chooseCalendarFile', () => {
  const trusted = { trusted: true };
  it('reads the .ics the user chose and answers its windows, expanded over the range', async () => {
    const path = join(dir, 'freeze.ics');
    await writeFile(
      path,
      icsText(
        icsEvent({
          UID: 'close',
          SUMMARY: 'Month-end blackout',
          'DTSTART;VALUE=DATE': '20270129',
          'DTEND;VALUE=DATE': '20270202',
          RRULE: 'FREQ=MONTHLY',
        }),
      ),
    );
    const range = { from: '2027-03-01', to: '2027-04-30' };
    const answer = await dispatchInvoke(handlers([path]), 'chooseCalendarFile', { range }, trusted);
    if (!answer.ok) throw new Error(answer.error.message);
    const { file } = answer.value as ResponseOf<'chooseCalendarFile'>;
    expect(file?.name).toBe('freeze.ics');
    expect(file?.calendar.windows.map((w) => [w.kind, w.start])).toEqual([
      ['blackout', '2027-03-29'],
      ['blackout', '2027-04-29'],
    ]);
  });

  it('answers null when cancelled, a sentence for a file that is not iCalendar, and refuses a path', async () => {
    expect(
      await dispatchInvoke(handlers([undefined]), 'chooseCalendarFile', { range: null }, trusted),
    ).toEqual({ ok: true, value: { file: null } });
    const path = join(dir, 'notes.ics');
    await writeFile(path, 'just some notes');
    expect(
      await dispatchInvoke(handlers([path]), 'chooseCalendarFile', { range: null }, trusted),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'file-unreadable',
        message: expect.stringMatching(
          /^Could not import "notes\.ics": it is not an iCalendar file/,
        ) as unknown,
      },
    });
    const withPath = { range: null, path: '/etc/passwd' };
    expect(
      await dispatchInvoke(handlers([]), 'chooseCalendarFile', withPath, trusted),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
