/**
 * User text inside Markdown: characters Markdown or an HTML-rendering viewer would act on are
 * backslash-escaped (CommonMark), so a title like `<img onerror>` or `| a | b |` is shown as
 * written and cannot break a table or inject markup. `&` is escaped only where it would start
 * an entity, so "R&DM" stays readable. Newlines become spaces (a table cell is one line), so user
 * text never starts a line and line-start syntax (`#`, `-`, `1.`) needs no escape.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]|<>~$]|&(?=#?[A-Za-z0-9]+;)/g, (char) => `\\${char}`);
}

export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}
