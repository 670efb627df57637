import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../core/plan/schema';
import { planReport } from '../../../../core/report/plan-report';
import { seedWithStreams } from '../../../support/seed';

/** The seed with a freeze over its third week (the horizon's weeks start on 2027-06-30). */
function frozenSeed(): Plan {
  return seedWithStreams({
    windows: [
      { id: 'f', kind: 'freeze', name: 'July freeze', start: '2027-07-14', end: '2027-07-20' },
    ],
  });
}

function weekTable(plan: Plan): (readonly string[])[] {
  const section = planReport(plan, { date: '2026-12-03' }).sections.find(
    (s) => s.id === 'calendar',
  );
  const tables = (section?.blocks ?? []).flatMap((block) =>
    block.kind === 'table' && block.header[0] === 'Week from' ? [block] : [],
  );
  const [table] = tables;
  if (!table) throw new Error('no weekly table');
  return [table.header, ...table.rows];
}

describe('the report’s week-by-week calendar', () => {
  it('counts the runs the schedule makes: none of a blocked stream in a frozen week', () => {
    const [header, ...rows] = weekTable(frozenSeed());
    const code = header?.findIndex((cell) => cell.startsWith('Code objects')) ?? -1;
    expect(code).toBeGreaterThan(2);
    const week = (start: string) => rows.find((row) => row[0] === start);
    expect(week('2027-07-14')?.[2]).toBe('Freeze: July freeze');
    expect(week('2027-07-14')?.[code]).toBe('');
    // The week before runs every working day: Wednesday 7 to Tuesday 13 July holds five.
    expect(week('2027-07-07')?.[code]).toBe('5');
  });

  it('takes away the frozen days and nothing else', () => {
    const [header, ...rows] = weekTable(frozenSeed());
    const code = header?.findIndex((cell) => cell.startsWith('Code objects')) ?? -1;
    const total = rows.reduce((sum, row) => sum + Number(row[code] ?? ''), 0);
    const plain = weekTable({ ...frozenSeed(), changeCalendar: undefined }).slice(1);
    const plainTotal = plain.reduce((sum, row) => sum + Number(row[code] ?? ''), 0);
    // The freeze takes its five working days away, nothing else.
    expect(plainTotal - total).toBe(5);
  });
});
