import { describe, expect, it } from 'vitest';
import { kindFromName, parsePastedItems, splitCells } from '../../../../core/plan/paste-items';

describe('parsePastedItems', () => {
  it('reads tab-separated lines copied from a spreadsheet, kinds by id or label', () => {
    const text = [
      'Functional requirement\tLogin with SSO',
      'nonfunctional\tResponse time under 2 s\t75%',
      'INFRASTRUCTURE\tDB server\t2',
      'Infrastructure\tWeb server',
      'document\tRunbook',
      'Ops briefing\tService desk briefing\tt-3 weeks',
      'training\tFull training plan\t5',
      'Early life support\tHypercare\t+15 days',
      'other\tVendor contract',
    ].join('\n');
    const result = parsePastedItems(text);
    expect(result.problems).toEqual([]);
    expect(result.items.map((i) => [i.line, i.draft])).toEqual([
      [1, { kind: 'functional', title: 'Login with SSO' }],
      [2, { kind: 'nonFunctional', title: 'Response time under 2 s', figure: 75 }],
      [3, { kind: 'infrastructure', title: 'DB server', figure: 2 }],
      [4, { kind: 'infrastructure', title: 'Web server' }],
      [5, { kind: 'document', title: 'Runbook' }],
      [6, { kind: 'opsBriefing', title: 'Service desk briefing', figure: 3 }],
      [7, { kind: 'training', title: 'Full training plan', figure: 5 }],
      [8, { kind: 'earlyLifeSupport', title: 'Hypercare', figure: 15 }],
      [9, { kind: 'other', title: 'Vendor contract' }],
    ]);
  });

  it('reads comma-separated lines, with quotes around a title that holds a comma', () => {
    const result = parsePastedItems(
      'functional, "Search, filter and sort"\r\nnonFunctional,"Say ""fast""",90\r\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.items.map((i) => i.draft)).toEqual([
      { kind: 'functional', title: 'Search, filter and sort' },
      { kind: 'nonFunctional', title: 'Say "fast"', figure: 90 },
    ]);
  });

  it('lists each abbreviation it read, once, with the kind it took it for', () => {
    const result = parsePastedItems(
      'NFR\tUptime\t99\nnfr\tLatency\t90\nHW\tDB server\nHypercare\tELS\t+15 days\nOther\tX\nfunctional\tY',
    );
    expect(result.problems).toEqual([]);
    expect(result.readAs).toEqual([
      { written: 'NFR', kind: 'nonFunctional' },
      { written: 'HW', kind: 'infrastructure' },
      { written: 'Hypercare', kind: 'earlyLifeSupport' },
    ]);
  });

  it('skips blank lines and a header row, keeping the real line numbers', () => {
    const result = parsePastedItems('Kind\tTitle\tFigure\n\n  \nfunctional\tA\n');
    expect(result.headerLine).toBe(1);
    expect(result.items).toEqual([{ line: 4, draft: { kind: 'functional', title: 'A' } }]);
  });

  it('names the line and the fault of every bad line, and still reads the good ones', () => {
    const result = parsePastedItems(
      [
        'functional\tGood one',
        'feature\tLogin',
        'nonFunctional\tLatency',
        'nonFunctional\tLatency\t120',
        'infrastructure\tServers\t1.5',
        'document\tGuide\t3',
        'training',
        'functional\t"Unclosed',
        'earlyLifeSupport\tELS\tsoon',
        'functional\tA\tB\tC',
        'opsBriefing\t\t3',
      ].join('\n'),
    );
    expect(result.items.map((i) => i.line)).toEqual([1]);
    const byLine = new Map(result.problems.map((p) => [p.line, p.message]));
    expect([...byLine.keys()]).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(byLine.get(2)).toMatch(
      /^starts with "feature", which is not an item kind: use one of Functional requirement, Non-functional requirement, .* \(or its id, such as nonFunctional\)\.$/,
    );
    expect(byLine.get(3)).toBe(
      'needs a target % for a non-functional requirement in the third column.',
    );
    expect(byLine.get(4)).toBe(
      'gives 120 as the target % of a non-functional requirement; it must be between 0 and 100.',
    );
    expect(byLine.get(5)).toBe(
      'gives 1.5 as the quantity of an infrastructure item; it must be a whole number.',
    );
    expect(byLine.get(6)).toBe(
      'gives "3" for a document, which takes no figure: leave the third column empty.',
    );
    expect(byLine.get(7)).toBe('has only a kind: put the title after a tab or a comma.');
    expect(byLine.get(8)).toBe('has a quote (") that is never closed.');
    expect(byLine.get(9)).toBe(
      'gives "soon" as the number of days of an early life support item; it must be a number.',
    );
    expect(byLine.get(10)).toMatch(/^has 4 columns; expected the kind, the title/);
    expect(byLine.get(11)).toBe('has no title for an ops briefing.');
  });

  it('ignores empty trailing cells a spreadsheet adds', () => {
    expect(parsePastedItems('functional\tA\t\t\t').items).toHaveLength(1);
  });
});

describe('kindFromName', () => {
  it('matches ids and labels in any case and spacing', () => {
    expect(kindFromName('  Non-functional   requirement ')).toBe('nonFunctional');
    expect(kindFromName('EARLYLIFESUPPORT')).toBe('earlyLifeSupport');
    expect(kindFromName('ops briefing')).toBe('opsBriefing');
    expect(kindFromName('nfr')).toBe('nonFunctional');
    expect(kindFromName('HW')).toBe('infrastructure');
    expect(kindFromName('Hypercare')).toBe('earlyLifeSupport');
    expect(kindFromName('feature')).toBeUndefined();
  });
});

describe('splitCells', () => {
  it('splits on tabs when the line has one, so commas stay in the title', () => {
    expect(splitCells('functional\tA, B')).toEqual({ ok: true, cells: ['functional', 'A, B'] });
    expect(splitCells('a,,b,')).toEqual({ ok: true, cells: ['a', '', 'b', ''] });
  });
});
