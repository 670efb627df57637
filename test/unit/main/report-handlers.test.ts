import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../core/contract/ipc/channels';
import type { RequestOf } from '../../../core/contract/ipc/contract';
import { planReport } from '../../../core/report/plan-report';
import { dispatchInvoke } from '../../../electron/main/ipc/dispatch';
import type { HandlerTable } from '../../../electron/main/ipc/handlers';
import {
  createReportHandlers,
  type ReportServices,
} from '../../../electron/main/report/report-handlers';
import { loadSeedPlan } from '../../support/seed';

// The smallest valid PNG: 1×1, one transparent pixel.
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="4" height="4"/></svg>';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'studio-report-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const plan = loadSeedPlan();
const sources = [
  ...new Set(
    planReport(plan, { date: '2026-12-03' }).sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === 'diagram' ? [block.source] : [])),
    ),
  ),
];

function request(overrides: Partial<RequestOf<'exportReport'>> = {}): RequestOf<'exportReport'> {
  return {
    plan,
    format: 'html',
    paper: 'a4',
    detail: 'grouped',
    vocabulary: 'itil3',
    date: '2026-12-03',
    suggestedName: 'plan-report.html',
    diagrams: sources.map((source) => ({ source, svg: SVG })),
    ...overrides,
  };
}

function setup(answers: (string | undefined)[], printToPdf?: ReportServices['printToPdf']) {
  const chooseReportFile = vi.fn<ReportServices['chooseReportFile']>(() =>
    Promise.resolve(answers.shift()),
  );
  const unexpected = () => Promise.reject(new Error('not part of this test'));
  const others = Object.fromEntries(INVOKE_CHANNELS.map((channel) => [channel, unexpected]));
  const handlers = {
    ...others,
    ...createReportHandlers({ chooseReportFile, ...(printToPdf ? { printToPdf } : {}) }),
  } as unknown as HandlerTable;
  return { handlers, chooseReportFile };
}

describe('exportReport (File › Export report…)', () => {
  it('writes the HTML report with the diagrams inlined and nothing that runs or fetches', async () => {
    const path = join(dir, 'pack.html');
    const { handlers, chooseReportFile } = setup([path]);
    const answer = await dispatchInvoke(handlers, 'exportReport', request(), { trusted: true });
    expect(answer).toEqual({ ok: true, value: { path } });
    expect(chooseReportFile).toHaveBeenCalledWith('plan-report.html', 'html');
    const html = await readFile(path, 'utf8');
    expect(html).toContain('<h2 id="raci">');
    expect(html.match(/<svg/g)?.length).toBe(sources.length);
    expect(html).not.toMatch(/<script|foreignObject|https?:|\son[a-z]+=/i);
  });

  it('refuses a diagram holding script, writing nothing and asking for no file', async () => {
    const { handlers, chooseReportFile } = setup([join(dir, 'pack.html')]);
    const hostile = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const answer = await dispatchInvoke(
      handlers,
      'exportReport',
      request({ diagrams: [{ source: sources[0] ?? 'x', svg: hostile }] }),
      { trusted: true },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(JSON.stringify(answer)).toContain('script');
    expect(chooseReportFile).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a request naming a folder or a wrong extension', async () => {
    const { handlers } = setup([join(dir, 'x.html')]);
    for (const suggestedName of ['../evil.html', 'report.exe']) {
      const answer = await dispatchInvoke(handlers, 'exportReport', request({ suggestedName }), {
        trusted: true,
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes Word with the sections as headings and the PNGs as images', async () => {
    const path = join(dir, 'pack.docx');
    const { handlers } = setup([path]);
    const answer = await dispatchInvoke(
      handlers,
      'exportReport',
      request({
        format: 'docx',
        suggestedName: 'plan-report.docx',
        diagrams: sources.map((source) => ({
          source,
          png: { base64: PNG_BASE64, width: 1, height: 1 },
        })),
      }),
      { trusted: true },
    );
    expect(answer).toEqual({ ok: true, value: { path } });
    const entries = unzipSync(new Uint8Array(await readFile(path)));
    const documentXml = strFromU8(entries['word/document.xml'] ?? new Uint8Array());
    expect(documentXml).toContain('Sign-off');
    // docx stores identical images once; each diagram is still placed.
    expect(documentXml.match(/<pic:pic\b/g)?.length).toBe(sources.length);
  });

  it('prints the same HTML to PDF, on the paper chosen', async () => {
    const path = join(dir, 'pack.pdf');
    const printToPdf = vi.fn<NonNullable<ReportServices['printToPdf']>>(() =>
      Promise.resolve(new TextEncoder().encode('%PDF-1.7 test')),
    );
    const { handlers } = setup([path], printToPdf);
    const answer = await dispatchInvoke(
      handlers,
      'exportReport',
      request({ format: 'pdf', paper: 'letter', suggestedName: 'plan-report.pdf' }),
      { trusted: true },
    );
    expect(answer).toEqual({ ok: true, value: { path } });
    expect(printToPdf).toHaveBeenCalledWith(expect.stringContaining('<svg'), 'letter');
    expect(await readFile(path, 'utf8')).toBe('%PDF-1.7 test');
  });

  it('says so when this runtime cannot print a PDF', async () => {
    const { handlers } = setup([join(dir, 'pack.pdf')]);
    const answer = await dispatchInvoke(
      handlers,
      'exportReport',
      request({ format: 'pdf', suggestedName: 'plan-report.pdf' }),
      { trusted: true },
    );
    expect(answer).toMatchObject({ ok: false });
    expect(JSON.stringify(answer)).toContain('cannot print to PDF');
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { handlers } = setup([undefined]);
    const answer = await dispatchInvoke(handlers, 'exportReport', request(), { trusted: true });
    expect(answer).toEqual({ ok: true, value: { path: null } });
    expect(await readdir(dir)).toEqual([]);
  });
});
