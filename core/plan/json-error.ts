/**
 * Why `JSON.parse` refused a file, in words that quote none of it. V8's own messages quote the
 * start of the text ("Unexpected token 'r', "root:*:202"... is not valid JSON"), and the file
 * may be anything the user picked by mistake: a password file, a token, a key. Only the
 * position and the grammar rule are kept.
 */
export function describeJsonError(text: string, error: unknown): string {
  const first = /\S/u.exec(text.slice(0, 4096))?.[0];
  if (first !== undefined && first !== '{' && first !== '[') {
    return 'is not valid JSON (a plan file starts with "{"), so this is not a Transition Studio plan';
  }
  const message = error instanceof Error ? error.message : '';
  if (message.startsWith('Unexpected end of JSON input')) {
    return 'is not valid JSON (the text ends before the plan is complete)';
  }
  const located = /^(.*) (?:in|after) JSON at position (\d+)/u.exec(message);
  const rule = located?.[1];
  // V8's rules quote only JSON punctuation ("Expected ',' or '}' after property value").
  const words =
    rule !== undefined && /^[\w\s',:{}[\]-]*$/u.test(rule) && rule.length < 80
      ? rule
      : 'unexpected text';
  // "Unexpected token 'x', ... is not valid JSON" gives no position: find it by reading prefixes.
  const position = located?.[2] !== undefined ? Number(located[2]) : firstBadPosition(text);
  if (position === undefined) {
    return 'is not valid JSON (unexpected text; look for a missing quote, comma or bracket)';
  }
  const { line, column } = lineAndColumn(text, position);
  return `is not valid JSON (${lowerFirst(words)} at line ${String(line)}, column ${String(column)})`;
}

/**
 * Where the text stops being JSON: the shortest prefix that fails for a reason other than
 * ending too soon ends at the bad character. A prefix of good JSON only ever "ends too soon",
 * so a binary search over prefix lengths finds it in a few dozen parses.
 */
function firstBadPosition(text: string): number | undefined {
  const fine = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      if (message.startsWith('Unexpected end of JSON input')) return true;
      const at = / JSON at position (\d+)/u.exec(message)?.[1];
      return at !== undefined && Number(at) >= length;
    }
  };
  if (fine(text.length)) return undefined;
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (fine(middle)) good = middle;
    else bad = middle;
  }
  return bad - 1;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: position - lineStart + 1 };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
