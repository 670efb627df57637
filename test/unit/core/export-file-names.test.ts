import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName, isSafeFileName, slugify } from '../../../core/export/file-names';
import { ExportFileRequestSchema, isBase64 } from '../../../core/contract/ipc/export-contract';

describe('export file names', () => {
  it('names a file after the plan title and the view, numbering the parts of a split view', () => {
    expect(exportFileName('Payments platform go-live', 'streams', 'png')).toBe(
      'payments-platform-go-live-streams.png',
    );
    expect(exportFileName('Payments', 'ci', 'svg', { index: 1, count: 3 })).toBe(
      'payments-ci-2.svg',
    );
    expect(exportFileName('Payments', 'ci', 'svg', { index: 0, count: 1 })).toBe('payments-ci.svg');
    expect(exportFileName('Payments', undefined, 'md')).toBe('payments.md');
  });

  it('turns any title into a short, safe slug', () => {
    expect(slugify('Crème brûlée: «phase 2» / Q3')).toBe('creme-brulee-phase-2-q3');
    expect(slugify('<img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('')).toBe('plan');
    expect(slugify('日本語')).toBe('plan');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (title) => {
        const slug = slugify(title);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(60);
        expect(
          isSafeFileName(exportFileName(title, 'streams', 'png', { index: 8, count: 9 })),
        ).toBe(true);
      }),
    );
  });

  it.each([
    '',
    '.',
    '..',
    '.hidden.png',
    'a/b.png',
    'a\\b.png',
    'con.png',
    'LPT1',
    'a\u0000.png',
    'a:b.png',
    'name. ',
    'x'.repeat(151),
  ])('refuses %j as a file name', (name) => {
    expect(isSafeFileName(name)).toBe(false);
  });

  it('accepts ordinary names', () => {
    for (const name of ['plan-streams.png', 'Plan v2 (final).svg', 'Überblick.md', 'console.png']) {
      expect(isSafeFileName(name)).toBe(true);
    }
  });
});

describe('the export request contract', () => {
  it('recognises base64 exactly, also for strings of many megabytes', () => {
    expect(isBase64('iVBORw0KGgo=')).toBe(true);
    expect(isBase64('iVBORw0KGgo')).toBe(false);
    expect(isBase64('iVBO Rw0KGgo=')).toBe(false);
    expect(isBase64('====')).toBe(false);
    expect(isBase64('A'.repeat(40 * 1024 * 1024))).toBe(true);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(isBase64(Buffer.from(bytes).toString('base64'))).toBe(true);
      }),
    );
  });

  it('wants the file name to match the format', () => {
    const parsed = ExportFileRequestSchema.safeParse({
      suggestedName: 'plan.svg',
      format: 'png',
      data: 'iVBORw0KGgo=',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['suggestedName'],
      message: 'must end with .png',
    });
  });
});
