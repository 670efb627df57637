import { describe, expect, it } from 'vitest';
import { describeJsonError } from '../../../../core/plan/json-error';

function refusal(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return describeJsonError(text, error);
  }
  throw new Error('the text parsed');
}

describe('describeJsonError', () => {
  it('gives line and column for a bare word, where V8 gives no position', () => {
    const text = '{\n  "title": "Plan",\n  "version": secret\n}';
    expect(refusal(text)).toBe('is not valid JSON (unexpected text at line 3, column 14)');
    expect(refusal(text)).not.toContain('secret');
  });

  it('gives line and column for text after the plan', () => {
    expect(refusal('{"a": 1}\n\nx')).toBe(
      'is not valid JSON (unexpected non-whitespace character at line 3, column 1)',
    );
  });

  it('keeps the rule V8 names with its position', () => {
    expect(refusal('{\n"a": 1,\n}')).toBe(
      'is not valid JSON (expected double-quoted property name at line 3, column 1)',
    );
  });
});
