import { describe, expect, it, vi } from 'vitest';
import { processIo } from '../../../cli/io';
import { capLines, escapeControls, quoteValue } from '../../../core/text/quote-value';

describe('quoteValue', () => {
  it('writes escape codes, carriage returns and newlines out visibly', () => {
    expect(quoteValue('a\u001b[2Jb\r\nc\u009bd\u202ee')).toBe(
      '"a\\u001b[2Jb\\r\\nc\\u009bd\\u202ee"',
    );
  });

  it('shows at most 200 characters of a value, whole code points only', () => {
    expect(quoteValue('x'.repeat(1_000_000))).toBe(`"${'x'.repeat(199)}…"`);
    expect(quoteValue(`${'x'.repeat(198)}😀😀`)).toBe(`"${'x'.repeat(198)}…"`);
  });
});

describe('capLines', () => {
  it('lists the first 50 and counts the rest', () => {
    const lines = capLines(
      Array.from({ length: 1_000_000 }, (_, i) => i),
      (i) => `problem ${String(i)}`,
    );
    expect(lines).toHaveLength(51);
    expect(lines[49]).toBe('problem 49');
    expect(lines[50]).toBe('… and 999,950 more problems');
  });
});

describe('what the CLI writes to the terminal', () => {
  it('keeps its own line breaks and escapes every other control character', () => {
    expect(escapeControls('a\tb\nc\u0007', true)).toBe('a\\tb\nc\\u0007');
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      processIo.out('# Plan \u001b]0;title\u0007\nline two');
      expect(write).toHaveBeenCalledWith('# Plan \\u001b]0;title\\u0007\nline two\n');
    } finally {
      write.mockRestore();
    }
  });
});
