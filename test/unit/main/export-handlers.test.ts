import { INVOKE_CHANNELS } from '../../../core/contract/ipc/channels';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_EXPORT_DATA_CHARS } from '../../../core/contract/ipc/export-contract';
import {
  createExportHandlers,
  type ExportDialogs,
} from '../../../electron/main/export/export-handlers';
import { dispatchInvoke } from '../../../electron/main/ipc/dispatch';
import type { HandlerTable } from '../../../electron/main/ipc/handlers';
import { rejectionOf } from '../../support/user-facing';

// The smallest valid PNG: 1×1, one transparent pixel.
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect/></svg>';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'studio-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup(answers: { file?: (string | undefined)[]; folder?: (string | undefined)[] } = {}) {
  const files = [...(answers.file ?? [])];
  const folders = [...(answers.folder ?? [])];
  const dialogs = {
    chooseExportFile: vi.fn<ExportDialogs['chooseExportFile']>(() =>
      Promise.resolve(files.shift()),
    ),
    chooseExportFolder: vi.fn<ExportDialogs['chooseExportFolder']>(() =>
      Promise.resolve(folders.shift()),
    ),
  };
  return { handlers: createExportHandlers(dialogs), dialogs };
}

/** Everything in the folder, temp files of the atomic writer included. */
async function listing(folder: string): Promise<string[]> {
  return (await readdir(folder)).sort();
}

describe('exportFile', () => {
  it('writes the PNG bytes to the path chosen in the save dialog', async () => {
    const target = join(dir, 'plan-streams.png');
    const { handlers, dialogs } = setup({ file: [target] });
    const answer = await handlers.exportFile({
      suggestedName: 'plan-streams.png',
      format: 'png',
      data: PNG_BASE64,
    });
    expect(answer).toEqual({ path: target });
    expect(dialogs.chooseExportFile).toHaveBeenCalledExactlyOnceWith('plan-streams.png', 'png');
    expect(await readFile(target)).toEqual(Buffer.from(PNG_BASE64, 'base64'));
    expect(await listing(dir)).toEqual(['plan-streams.png']);
  });

  it('writes text formats as UTF-8 and replaces a file the dialog confirmed', async () => {
    const target = join(dir, 'plan.mmd');
    await writeFile(target, 'old');
    const { handlers } = setup({ file: [target] });
    await handlers.exportFile({
      suggestedName: 'plan.mmd',
      format: 'mmd',
      data: 'flowchart LR\n  a["é"]\n',
    });
    expect(await readFile(target, 'utf8')).toBe('flowchart LR\n  a["é"]\n');
  });

  it('keeps text that merely looks like markup: user text in an SVG is escaped', async () => {
    const target = join(dir, 'x.svg');
    const { handlers } = setup({ file: [target] });
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><text>phase one = done &lt;script&gt;</text></svg>';
    await handlers.exportFile({ suggestedName: 'x.svg', format: 'svg', data: svg });
    expect(await readFile(target, 'utf8')).toBe(`${svg}\n`);
  });

  it('answers null and writes nothing when the dialog is cancelled', async () => {
    const { handlers } = setup({ file: [undefined] });
    expect(await handlers.exportFile({ suggestedName: 'a.svg', format: 'svg', data: SVG })).toEqual(
      { path: null },
    );
    expect(await listing(dir)).toEqual([]);
  });

  it('adds the missing extension, without replacing a file nobody confirmed', async () => {
    await writeFile(join(dir, 'diagram.svg'), 'keep me');
    const { handlers } = setup({ file: [join(dir, 'diagram')] });
    const { path } = await handlers.exportFile({
      suggestedName: 'x.svg',
      format: 'svg',
      data: SVG,
    });
    expect(path).toBe(join(dir, 'diagram-2.svg'));
    expect(await readFile(join(dir, 'diagram.svg'), 'utf8')).toBe('keep me');
    expect(await readFile(join(dir, 'diagram-2.svg'), 'utf8')).toContain('<svg');
  });

  it('refuses content that is not what its format says, before showing a dialog', async () => {
    const { handlers, dialogs } = setup({ file: [join(dir, 'x.png')] });
    const notPng = Buffer.from('<html>hello</html>').toString('base64');
    const refused = await rejectionOf(
      handlers.exportFile({ suggestedName: 'x.png', format: 'png', data: notPng }),
    );
    expect(refused.message).toBe('The image to export is not a PNG.');
    const scripted = await rejectionOf(
      handlers.exportFile({
        suggestedName: 'x.svg',
        format: 'svg',
        data: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      }),
    );
    expect(scripted.message).toContain('contains script or embedded HTML');
    const handler = await rejectionOf(
      handlers.exportFile({
        suggestedName: 'x.svg',
        format: 'svg',
        data: '<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="alert(1)"/></svg>',
      }),
    );
    expect(handler.message).toContain('contains script or embedded HTML');
    const html = await rejectionOf(
      handlers.exportFile({ suggestedName: 'x.svg', format: 'svg', data: '<html></html>' }),
    );
    expect(html.message).toBe('The image to export is not an SVG.');
    expect(dialogs.chooseExportFile).not.toHaveBeenCalled();
    expect(await listing(dir)).toEqual([]);
  });

  it('writes an .ics schedule of change, and refuses one that is not iCalendar', async () => {
    const target = join(dir, 'plan-schedule.ics');
    const { handlers, dialogs } = setup({ file: [target] });
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nEND:VCALENDAR\r\n';
    await handlers.exportFile({ suggestedName: 'plan-schedule.ics', format: 'ics', data: ics });
    expect(await readFile(target, 'utf8')).toBe(ics);
    const refused = await rejectionOf(
      handlers.exportFile({ suggestedName: 'x.ics', format: 'ics', data: '<html></html>' }),
    );
    expect(refused.message).toBe('The schedule to export is not iCalendar.');
    expect(dialogs.chooseExportFile).toHaveBeenCalledTimes(1);
  });

  it('says in a sentence why a write failed, and leaves no temp file behind', async () => {
    const { handlers } = setup({ file: [join(dir, 'gone', 'x.mmd')] });
    const failed = await rejectionOf(
      handlers.exportFile({ suggestedName: 'x.mmd', format: 'mmd', data: 'graph TD' }),
    );
    expect(failed.code).toBe('failed');
    expect(failed.message).toBe(
      'Could not save "x.mmd": the folder it goes in no longer exists (it may have been moved or deleted).',
    );
    expect(await listing(dir)).toEqual([]);
  });
});

describe('chooseExportFolder and exportToFolder', () => {
  it('writes each file under a free name and never over an existing one', async () => {
    await writeFile(join(dir, 'plan-streams.png'), 'an older export');
    const { handlers } = setup({ folder: [dir] });
    const { folder } = await handlers.chooseExportFolder(undefined);
    expect(folder?.name).toBe(dir.split('/').at(-1));
    const id = folder?.id ?? '';
    const first = await handlers.exportToFolder({
      folderId: id,
      fileName: 'plan-streams.png',
      format: 'png',
      data: PNG_BASE64,
    });
    const second = await handlers.exportToFolder({
      folderId: id,
      fileName: 'plan-streams.png',
      format: 'png',
      data: PNG_BASE64,
    });
    const third = await handlers.exportToFolder({
      folderId: id,
      fileName: 'plan-ci.mmd',
      format: 'mmd',
      data: 'flowchart LR',
    });
    expect([first.name, second.name, third.name]).toEqual([
      'plan-streams-2.png',
      'plan-streams-3.png',
      'plan-ci.mmd',
    ]);
    expect(first.path).toBe(join(dir, 'plan-streams-2.png'));
    expect(await readFile(join(dir, 'plan-streams.png'), 'utf8')).toBe('an older export');
    expect(await readFile(second.path)).toEqual(Buffer.from(PNG_BASE64, 'base64'));
    expect(await listing(dir)).toEqual([
      'plan-ci.mmd',
      'plan-streams-2.png',
      'plan-streams-3.png',
      'plan-streams.png',
    ]);
  });

  it('parallel exports of one name each get their own file', async () => {
    const { handlers } = setup({ folder: [dir] });
    const { folder } = await handlers.chooseExportFolder(undefined);
    const write = () =>
      handlers.exportToFolder({
        folderId: folder?.id ?? '',
        fileName: 'same.svg',
        format: 'svg',
        data: SVG,
      });
    const names = (await Promise.all([write(), write(), write()])).map((r) => r.name).sort();
    expect(names).toEqual(['same-2.svg', 'same-3.svg', 'same.svg']);
  });

  it('answers null when the folder dialog is cancelled', async () => {
    const { handlers } = setup({ folder: [undefined] });
    expect(await handlers.chooseExportFolder(undefined)).toEqual({ folder: null });
  });

  it('writes only into folders the user chose', async () => {
    const { handlers } = setup();
    const refused = await rejectionOf(
      handlers.exportToFolder({
        folderId: 'made-up',
        fileName: 'x.mmd',
        format: 'mmd',
        data: 'graph TD',
      }),
    );
    expect(refused.message).toBe(
      'That export folder was not chosen in this session; choose the folder again.',
    );
  });

  it('refuses a chosen path that is a file, and a folder removed since it was chosen', async () => {
    const file = join(dir, 'a-file.txt');
    await writeFile(file, '');
    const sub = join(dir, 'sub');
    await mkdir(sub);
    const { handlers } = setup({ folder: [file, sub] });
    expect((await rejectionOf(handlers.chooseExportFolder(undefined))).message).toBe(
      `"${file}" is not a folder.`,
    );
    const { folder } = await handlers.chooseExportFolder(undefined);
    await rm(sub, { recursive: true });
    const failed = await rejectionOf(
      handlers.exportToFolder({
        folderId: folder?.id ?? '',
        fileName: 'x.mmd',
        format: 'mmd',
        data: 'graph TD',
      }),
    );
    expect(failed.message).toMatch(/^Could not export "x\.mmd" to ".*sub": the folder it goes in/);
  });
});

describe('the export channels through the contract', () => {
  const handlers = (): HandlerTable => {
    const exports = setup({ file: [join(dir, 'never.png')] }).handlers;
    const unexpected = () => Promise.reject(new Error('not part of this test'));
    const others = Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, unexpected]));
    return { ...(others as unknown as HandlerTable), ...exports };
  };

  it.each([
    ['an unknown format', { suggestedName: 'a.gif', format: 'gif', data: 'x' }],
    ['a name with a folder in it', { suggestedName: '../a.png', format: 'png', data: PNG_BASE64 }],
    ['a Windows device name', { suggestedName: 'con.png', format: 'png', data: PNG_BASE64 }],
    ['a name with another extension', { suggestedName: 'a.exe', format: 'png', data: PNG_BASE64 }],
    ['a PNG that is not base64', { suggestedName: 'a.png', format: 'png', data: '%%%%' }],
    ['no data', { suggestedName: 'a.mmd', format: 'mmd', data: '' }],
    ['binary data', { suggestedName: 'a.png', format: 'png', data: new Uint8Array([1]) }],
    ['an extra field', { suggestedName: 'a.mmd', format: 'mmd', data: 'x', path: '/etc/x' }],
  ])('refuses %s', async (_label, payload) => {
    const answer = await dispatchInvoke(handlers(), 'exportFile', payload, { trusted: true });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await listing(dir)).toEqual([]);
  });

  it('refuses data over the size cap', async () => {
    const data = 'A'.repeat(MAX_EXPORT_DATA_CHARS + 4);
    const answer = await dispatchInvoke(
      handlers(),
      'exportFile',
      { suggestedName: 'a.png', format: 'png', data },
      { trusted: true },
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', problems: [{ path: 'data' }] },
    });
  });

  it('refuses a file name with a folder in it for exportToFolder', async () => {
    const answer = await dispatchInvoke(
      handlers(),
      'exportToFolder',
      { folderId: 'x', fileName: 'sub/a.mmd', format: 'mmd', data: 'graph TD' },
      { trusted: true },
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', problems: [{ path: 'fileName' }] },
    });
  });
});
