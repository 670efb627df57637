import { describe, expect, it, vi } from 'vitest';
import { escapeLabel, mermaidConfig } from '../../../../core/diagrams';
import { MAX_LABEL_LENGTH, shortenLabel } from '../../../../core/diagrams/escape';

describe('escapeLabel', () => {
  it('leaves words and plain punctuation readable', () => {
    expect(escapeLabel('Delivery 1 · 2027-06-30 (t-3 weeks)')).toBe(
      'Delivery 1 · 2027-06-30 (t-3 weeks)',
    );
    expect(escapeLabel('Größe 😀 שלום')).toBe('Größe 😀 שלום');
  });

  it('writes everything Mermaid could act on as an entity code', () => {
    expect(escapeLabel('"a" --> b; c: d #1 50%')).toBe(
      '#34;a#34; --#gt; b#59; c#58; d #35;1 50#37;',
    );
    expect(escapeLabel('<script>&amp;')).toBe('#lt;script#gt;#amp;amp#59;');
    expect(escapeLabel('%%{init: {}}%%')).not.toMatch(/[%{}:]/u);
    expect(escapeLabel('$$x$$ `code` *b* _i_ [l](u) |p| ~s~ \\')).not.toMatch(/[$`*_[\]|~\\]/u);
  });

  it('breaks the patterns Mermaid acts on inside labels, without visible change', () => {
    expect(escapeLabel('direction TB')).toBe('direction#32;TB');
    expect(escapeLabel('C:\\new')).toBe('C#58;#92;#8288;new');
    // Mermaid's own entity placeholders, which it decodes twice in flowchart boxes.
    expect(escapeLabel('ﬂ°°35¶ß')).toBe('ﬂ#8288;°°35¶#8288;ß');
  });

  it('puts text on one line and drops what cannot be drawn', () => {
    expect(escapeLabel('one\r\ntwo\tthree \u0007bell\u0000')).toBe('one two three bell');
    expect(escapeLabel('\ud800x')).toBe('\uFFFDx');
  });
});

describe('shortenLabel', () => {
  it('cuts long text to the documented length with an ellipsis', () => {
    const shown = shortenLabel('word '.repeat(2000));
    expect(Array.from(shown)).toHaveLength(MAX_LABEL_LENGTH);
    expect(shown.endsWith('word…')).toBe(true);
    expect(shortenLabel('x'.repeat(MAX_LABEL_LENGTH))).toBe('x'.repeat(MAX_LABEL_LENGTH));
  });

  it('looks at a bounded prefix of a huge title, so a 1 MB name cannot stall a diagram', () => {
    // Node's Intl.Segmenter is quadratic over the text it is given.
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      const title = `${'Payments '.repeat(120_000)}end`;
      const shown = shortenLabel(title);
      expect(Array.from(shown)).toHaveLength(MAX_LABEL_LENGTH);
      expect(shown.startsWith('Payments Payments')).toBe(true);
      expect(shown.endsWith('…')).toBe(true);
      const lengths = segment.mock.calls.map(([text]) => text.length);
      expect(Math.max(0, ...lengths)).toBeLessThanOrEqual(MAX_LABEL_LENGTH * 64);
    } finally {
      segment.mockRestore();
    }
  });

  it('shows a long run of composed characters whole or cut with an ellipsis, never half of one', () => {
    const zalgo = `a${'\u0301'.repeat(5000)}b`;
    const shown = shortenLabel(zalgo, 10);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).not.toMatch(/[\uD800-\uDFFF]/u);
  });

  it('never splits an emoji or an accented letter', () => {
    const family = '👩‍👩‍👧';
    const shown = shortenLabel(family.repeat(100));
    expect(shown).toBe(`${family.repeat(MAX_LABEL_LENGTH - 1)}…`);
    expect(shortenLabel('e\u0301'.repeat(100), 10)).toBe(`${'e\u0301'.repeat(9)}…`);
  });
});

describe('mermaidConfig', () => {
  it('draws strictly, without HTML labels, and lets no diagram loosen that', () => {
    for (const theme of ['light', 'dark'] as const) {
      const config = mermaidConfig(theme);
      expect(config).toMatchObject({
        securityLevel: 'strict',
        htmlLabels: false,
        flowchart: { htmlLabels: false },
        startOnLoad: false,
        theme: 'base',
      });
      expect(config.secure).toEqual(
        expect.arrayContaining([
          'dompurifyConfig',
          'flowchart',
          'htmlLabels',
          'maxEdges',
          'maxTextSize',
          'secure',
          'securityLevel',
          'startOnLoad',
          'themeCSS',
        ]),
      );
      expect(config.maxTextSize).toBeGreaterThan(40_000);
      expect(config.maxEdges).toBeGreaterThan(400);
    }
  });
});

describe('the project diagram theme', () => {
  const luminance = (hex: string): number => {
    const channel = (index: number): number => {
      const value = Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  };
  const contrast = (a: string, b: string): number => {
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (high + 0.05) / (low + 0.05);
  };

  it('colours the base theme with the app palette, not Mermaid’s lavender, with readable text', () => {
    for (const theme of ['light', 'dark'] as const) {
      const variables = mermaidConfig(theme).themeVariables as Record<string, string>;
      expect(variables.primaryColor?.toLowerCase()).not.toBe('#ececff');
      const pairs: [string, string][] = [
        ['primaryTextColor', 'primaryColor'],
        ['secondaryTextColor', 'secondaryColor'],
        ['textColor', 'background'],
        ['titleColor', 'clusterBkg'],
        ['taskTextColor', 'taskBkgColor'],
        ['lineColor', 'background'],
      ];
      for (const [text, fill] of pairs) {
        expect(
          contrast(variables[text] ?? '', variables[fill] ?? ''),
          `${theme} ${text}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(mermaidConfig('dark').themeVariables).not.toEqual(mermaidConfig('light').themeVariables);
  });
});
