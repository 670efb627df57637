import { describe, expect, it } from 'vitest';
import { exportBytes } from '../../../electron/main/export/export-data';
import { UserFacingError } from '../../../electron/main/ipc/user-facing-error';

/**
 * SVGs a hostile page could send as a diagram export. Main must write none of them: each gets
 * the sentence, and nothing that runs (script, handler, javascript: URL, embedded HTML) could
 * ever reach the disk. A real diagram's markup goes through unchanged in meaning.
 */

const open = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">';
const hostile: [string, string][] = [
  ['a script element', '<script>alert(1)</script>'],
  ['a script with xlink:href', '<script xlink:href="https://evil.example/x.js"/>'],
  ['an onload handler', '<rect onload="alert(1)"/>'],
  ['an onclick handler on text', '<text onclick="alert(1)">x</text>'],
  ['a javascript: href', '<a href="javascript:alert(1)"><text>x</text></a>'],
  ['a javascript: xlink:href', '<a xlink:href="javascript:alert(1)"><text>x</text></a>'],
  ['a spaced javascript: href', '<a href=" java\tscript:alert(1)"><text>x</text></a>'],
  ['an entity-encoded javascript: href', '<a href="&#106;avascript:alert(1)">x</a>'],
  ['animate rewriting a link', '<a><animate attributeName="href" to="javascript:alert(1)"/>x</a>'],
  ['set rewriting a link', '<a><set attributeName="href" to="javascript:alert(1)"/>x</a>'],
  [
    'an XHTML iframe',
    '<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(1)"/></foreignObject>',
  ],
  [
    'embedded HTML with a handler',
    '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject>',
  ],
  ['use of an outside document', '<use href="https://evil.example/sprite.svg#x"/>'],
  ['a handler in upper case', '<rect ONMOUSEOVER="alert(1)"/>'],
  ['an iframe outside foreignObject', '<iframe src="https://evil.example/"/>'],
  ['an embed', '<embed src="https://evil.example/x.swf"/>'],
  ['a handler on the root', ''],
];

function svgOf(body: string, label: string): string {
  if (label === 'a handler on the root') {
    return '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>';
  }
  return `${open}<g>${body}</g></svg>`;
}

describe('the SVG export corpus', () => {
  it.each(hostile)('refuses an SVG with %s, with a sentence', async (label, body) => {
    const attempt = exportBytes('svg', svgOf(body, label), () => undefined);
    await expect(attempt).rejects.toBeInstanceOf(UserFacingError);
    await expect(attempt).rejects.toThrow(
      /^The SVG to export contains script or embedded HTML \(.+\), so it was not saved\.$/u,
    );
  });

  it('writes a diagram’s markup, from the sanitiser, with nothing that runs', async () => {
    const diagram =
      '<svg xmlns="http://www.w3.org/2000/svg" id="my-svg" width="100%" viewBox="0 0 200 100" ' +
      'role="graphics-document document" aria-roledescription="flowchart-v2" style="max-width: 200px;">' +
      '<style>#my-svg .node rect{fill:#eee;stroke:#333;}#my-svg .label>text{font-size:12px;}</style>' +
      '<defs><marker id="arrow" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="6" markerHeight="6" orient="auto">' +
      '<path d="M 0 0 L 10 5 L 0 10 z"/></marker></defs>' +
      '<g class="node" data-id="a"><rect x="1" y="1" width="80" height="30" rx="4"/>' +
      '<text x="5" y="20">Payments &lt;script&gt; &amp; cards\u00a0go-live</text></g>' +
      '<path d="M80 15 L120 15" marker-end="url(#arrow)"/>' +
      '<a href="https://transition-studio.example/docs/"><text>docs</text></a></svg>';
    const written = await exportBytes('svg', diagram, () => undefined);
    expect(typeof written).toBe('string');
    const text = String(written);
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const kept of ['viewBox="0 0 200 100"', 'marker-end="url(#arrow)"', '<style>', 'role=']) {
      expect(text).toContain(kept);
    }
    expect(text).toContain('&lt;script&gt;');
    expect(text).toContain('&#160;');
    expect(text).not.toMatch(/<script|\son[a-z]+=|javascript:|&nbsp;/iu);
  });

  it('refuses an export over its format’s size limit with a sentence', async () => {
    const huge = `${open}<text>${'x'.repeat(21 * 1024 * 1024)}</text></svg>`;
    await expect(exportBytes('svg', huge)).rejects.toThrow(
      /^The SVG to export is 21\.0 MB, more than the 20\.0 MB an export may have, so it was not saved\.$/u,
    );
  });
});
