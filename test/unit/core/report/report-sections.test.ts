import { describe, expect, it } from 'vitest';
import type { PlanReport, ReportBlock, ReportSection } from '../../../../core/report/model';
import { planReport } from '../../../../core/report/plan-report';
import type { Plan } from '../../../../core/plan/schema';
import { REPORT_SECTION_TITLES } from '../../../support/report-sections';
import { loadSeedPlan, seedWithStreams } from '../../../support/seed';
import { buildDiagram } from '../../../../core/diagrams';
import { REPORT_DIAGRAM_WIDTH } from '../../../../core/report/sections/diagrams';
import { parseMermaid } from '../diagrams/mermaid-parse';

const DATE = '2026-12-03';

function section(report: PlanReport, id: string): ReportSection {
  const found = report.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function blocksOf<K extends ReportBlock['kind']>(
  found: ReportSection,
  kind: K,
): Extract<ReportBlock, { kind: K }>[] {
  return found.blocks.filter(
    (block): block is Extract<ReportBlock, { kind: K }> => block.kind === kind,
  );
}

function firstTable(found: ReportSection) {
  const [table] = blocksOf(found, 'table');
  if (!table) throw new Error(`no table in ${found.id}`);
  return table;
}

const texts = (found: ReportSection): string[] =>
  blocksOf(found, 'paragraph').map((block) => block.text);

/** An empty plan: every section still there, saying it has nothing. */
function emptyPlan(): Plan {
  const plan = loadSeedPlan();
  plan.packagedPlan.deliveries = [];
  plan.strategy = {
    approach: 'packaged',
    acceptanceCriteria: [],
    elsExitCriteria: [],
    goNoGoCriteria: [],
  };
  return plan;
}

describe('the report of a plan', () => {
  it('lists the sections the CAB and the steering committee ask for, in reading order', () => {
    expect(planReport(seedWithStreams(), { date: DATE }).sections.map((s) => s.title)).toEqual(
      REPORT_SECTION_TITLES,
    );
  });

  it('opens with the title block: version, date and author', () => {
    const plan = seedWithStreams();
    plan.version = '1.4';
    plan.author = 'A. Transition';
    const [facts] = blocksOf(section(planReport(plan, { date: DATE }), 'title'), 'facts');
    expect(facts?.rows).toEqual([
      ['Plan', 'Seed example: two packaged deliveries'],
      ['Service', 'Example service'],
      ['Service owner', 'Service Owner'],
      ['Plan version', '1.4'],
      ['Author', 'A. Transition'],
      ['Date', DATE],
    ]);
  });

  it('gives the strategy: need, customers, approach and horizon', () => {
    const plan = seedWithStreams();
    plan.strategy.customers = ['Retail banking', 'Call centre'];
    plan.strategy.horizon = { start: '2027-06-01', end: '2027-12-31' };
    const [facts] = blocksOf(section(planReport(plan, { date: DATE }), 'strategy'), 'facts');
    expect(facts?.rows).toEqual([
      ['Need', 'Demand identified with customers for functional requirements a to f.'],
      ['Customers', 'Retail banking, Call centre'],
      ['Approach', 'Packaged releases'],
      ['Horizon', '2027-06-01 to 2027-12-31'],
    ]);
  });

  it('gives each stream its approval model under the written change policy', () => {
    const plan = seedWithStreams();
    plan.strategy.changePolicy = 'Standard changes are pre-authorised by the CAB once a year.';
    const found = section(planReport(plan, { date: DATE }), 'change-policy');
    expect(texts(found)[0]).toBe('Standard changes are pre-authorised by the CAB once a year.');
    const rows = firstTable(found).rows;
    expect(rows.find((row) => row[0] === 'Hardware deliveries')?.[2]).toMatch(
      /^Normal change, approved by Change Advisory Board/,
    );
    expect(rows[0]?.[2]).toMatch(/^Pre-authorised \(standard change\) through Automated build/);
  });

  it('draws the RACI of streams × processes with named owners, in the chosen vocabulary', () => {
    const plan = seedWithStreams();
    const hardware = plan.streamDesign?.streams.find((s) => s.name === 'Hardware deliveries');
    if (!hardware) throw new Error('fixture changed');
    hardware.roleOwners = { 'release-deployment': ['Release team'], change: ['CAB chair'] };
    const v3 = firstTable(section(planReport(plan, { date: DATE }), 'raci'));
    const column = (name: string) => v3.header.indexOf(name);
    const row = v3.rows.find((r) => r[0] === 'Hardware deliveries') ?? [];
    expect(row[column('R&DM')]).toBe('A (Release team)');
    expect(row[column('Tech Mgmt')]).toBe('R');
    expect(row[column('ChM')]).toBe('A (CAB chair)');
    const code = v3.rows.find((r) => r[0] === 'Code objects checked in, tested & deployed') ?? [];
    expect(code[column('ChM')]).toBe('C');
    expect(code[column('KM')]).toBe('');
    const v4 = section(planReport(plan, { date: DATE, vocabulary: 'itil4' }), 'raci');
    expect(texts(v4).join(' ')).toContain('Change enablement');
    expect(texts(section(planReport(plan, { date: DATE }), 'raci')).join(' ')).toContain(
      'ChM: Change Management',
    );
  });

  it('lays out the release and change calendar week by week', () => {
    const found = section(planReport(seedWithStreams(), { date: DATE }), 'calendar');
    const tables = blocksOf(found, 'table');
    expect(tables[0]?.rows).toEqual([
      ['Delivery 1', '2027-06-30', '14'],
      ['Delivery 2', '2027-11-30', '13'],
    ]);
    const weeks = tables[1];
    expect(weeks?.header.slice(0, 4)).toEqual([
      'Week from',
      'Packaged releases',
      'Windows',
      'Code objects checked in, tested & deployed',
    ]);
    expect(weeks?.rows[0]?.slice(0, 4)).toEqual(['2027-06-30', 'Delivery 1', '', '5']);
    expect(weeks?.rows[1]?.slice(0, 4)).toEqual(['2027-07-07', '', '', '5']);
    expect(weeks?.rows.filter((row) => row[1] !== '').map((row) => row[1])).toEqual([
      'Delivery 1',
      'Delivery 2',
    ]);
    expect(texts(found)).toContain(
      "No freeze, blackout or maintenance window: the plan's change calendar has none.",
    );
  });

  it('shows the change calendar’s freeze windows, what they apply to and the weeks they fall in', () => {
    const plan = seedWithStreams();
    const hardware = plan.streamDesign?.streams.find((s) => s.name === 'Hardware deliveries');
    plan.changeCalendar = {
      windows: [
        { id: 'w1', kind: 'freeze', name: 'Summer freeze', start: '2027-07-08', end: '2027-07-09' },
        {
          id: 'w2',
          kind: 'blackout',
          name: 'Month-end',
          start: '2027-07-30',
          end: '2027-08-02',
          scope: { streamIds: [hardware?.id ?? '?'] },
        },
      ],
    };
    const [, windows, weeks] = blocksOf(
      section(planReport(plan, { date: DATE }), 'calendar'),
      'table',
    );
    expect(windows?.rows).toEqual([
      ['Summer freeze', 'Freeze', '2027-07-08', '2027-07-09', 'every stream'],
      ['Month-end', 'Blackout', '2027-07-30', '2027-08-02', 'Hardware deliveries'],
    ]);
    expect(weeks?.rows[1]?.[2]).toBe('Freeze: Summer freeze');
    expect(weeks?.rows[4]?.[2]).toBe('Blackout: Month-end');
  });

  it('compares the packaged plan with the streams in figures', () => {
    const found = section(planReport(seedWithStreams(), { date: DATE }), 'figures');
    expect(
      firstTable(found).rows.find((row) => row[0] === 'Releases into production (count)'),
    ).toEqual(['Releases into production (count)', '2', '167–170']);
  });

  it('traces every item to its streams, naming deliveries and never ids', () => {
    const plan = seedWithStreams();
    const found = section(planReport(plan, { date: DATE }), 'traceability');
    const rows = firstTable(found).rows;
    expect(rows).toHaveLength(27);
    expect(rows[0]).toEqual([
      'Delivery 1',
      'Functional requirement a',
      'Functional requirement',
      'Code objects checked in, tested & deployed; Knowledge updates created & tested for the new functional requirements',
    ]);
    const ids = plan.packagedPlan.deliveries.flatMap((d) => [d.id, ...d.items.map((i) => i.id)]);
    const everyCell = planReport(plan, { date: DATE })
      .sections.filter((s) => s.id !== 'diagrams')
      .flatMap((s) => s.blocks)
      .flatMap((block) => (block.kind === 'table' ? block.rows.flat() : []));
    for (const id of ids) expect(everyCell).not.toContain(id);
  });

  it('lists readiness findings in the chosen vocabulary', () => {
    const plan = seedWithStreams();
    const hardware = plan.streamDesign?.streams.find((s) => s.name === 'Hardware deliveries');
    if (hardware) delete hardware.approval;
    const found = section(planReport(plan, { date: DATE }), 'readiness');
    expect(texts(found)[0]).toMatch(/^\d+ errors?, \d+ warnings?, \d+ notes?\.$/);
    expect(firstTable(found).rows.some((row) => row[1]?.includes('Hardware deliveries'))).toBe(
      true,
    );
  });

  it('gives the risks with likelihood, impact and mitigation', () => {
    const plan = seedWithStreams();
    plan.strategy.risks = [
      {
        id: 'r1',
        description: 'Vendor late',
        likelihood: 'medium',
        impact: 'high',
        mitigation: 'Second vendor',
      },
      { id: 'r2', description: 'Staff away', likelihood: 'low', impact: 'low' },
    ];
    expect(firstTable(section(planReport(plan, { date: DATE }), 'risks')).rows).toEqual([
      ['Vendor late', 'Medium', 'High', 'Second vendor'],
      ['Staff away', 'Low', 'Low', 'none written'],
    ]);
  });

  it('prints the typical acceptance, ELS exit and go/no-go criteria until the plan has its own', () => {
    const report = planReport(seedWithStreams(), { date: DATE });
    const [acceptance] = blocksOf(section(report, 'acceptance'), 'checklist');
    expect(acceptance?.items[0]).toEqual({ text: 'Go-live date agreed', met: false });
    expect(acceptance?.items).toHaveLength(8);
    expect(texts(section(report, 'acceptance'))[0]).toMatch(/no list of its own/);
    const [exit] = blocksOf(section(report, 'els-exit'), 'checklist');
    expect(exit?.items.map((item) => item.text)).toContain(
      'Training and knowledge transfer complete',
    );
    const plan = seedWithStreams();
    plan.strategy.goNoGoCriteria = [
      { text: 'Pilot users signed off', met: true },
      { text: 'DR test' },
    ];
    const own = section(planReport(plan, { date: DATE }), 'go-no-go');
    expect(blocksOf(own, 'checklist')[0]?.items).toEqual([
      { text: 'Pilot users signed off', met: true },
      { text: 'DR test', met: false },
    ]);
    expect(texts(own)).toEqual([]);
  });

  it('lists hardware, document and knowledge CIs with their delivery', () => {
    const rows = firstTable(section(planReport(seedWithStreams(), { date: DATE }), 'ci-list')).rows;
    expect(rows).toContainEqual(['DB server', 'Hardware', '2 units', 'Delivery 1']);
    expect(rows).toContainEqual([
      'Knowledge article: Functional requirement d',
      'Knowledge',
      'planned',
      'Delivery 2',
    ]);
    expect(rows.filter((row) => row[1] === 'Knowledge')).toHaveLength(6);
  });

  it('ends with a sign-off block naming who the plan names', () => {
    const plan = seedWithStreams();
    plan.author = 'A. Transition';
    const rows = firstTable(section(planReport(plan, { date: DATE }), 'sign-off')).rows;
    expect(rows.map((row) => [row[0], row[1]])).toEqual([
      ['Service owner', 'Service Owner'],
      ['Change manager / CAB chair', ''],
      ['Transition manager', 'A. Transition'],
      ['Business owner', ''],
    ]);
  });

  it('draws the diagrams grouped by default and every item on request', () => {
    const diagrams = (detail?: 'items') =>
      blocksOf(
        section(
          planReport(seedWithStreams(), { date: DATE, ...(detail ? { detail } : {}) }),
          'diagrams',
        ),
        'diagram',
      );
    const grouped = diagrams().find((d) => d.title === 'Stream design');
    expect(grouped?.source).toContain('Functional requirements a–c (3)');
    const every = diagrams('items').find((d) => d.title === 'Stream design');
    expect(every?.source).toContain('Functional requirement a');
    expect(every?.source).not.toContain('Functional requirements a–c (3)');
  });

  it('prints its timelines at the width of the printed page, the cadence as two-week timelines', async () => {
    const cadence = blocksOf(
      section(planReport(seedWithStreams(), { date: DATE }), 'diagrams'),
      'diagram',
    ).filter((d) => d.title.startsWith('Stream cadence'));
    // The default four weeks from the first delivery (2027-06-30), cut in two.
    expect(cadence.map((d) => d.title)).toEqual([
      'Stream cadence · 2027-06-30 to 2027-07-13',
      'Stream cadence · 2027-07-14 to 2027-07-27',
    ]);
    const windows = [
      ['2027-06-30', '2027-07-13'],
      ['2027-07-14', '2027-07-27'],
    ];
    for (const [index, diagram] of cadence.entries()) {
      expect(diagram.source).toContain(`useWidth: ${String(REPORT_DIAGRAM_WIDTH)}`);
      const [from = '', to = ''] = windows[index] ?? [];
      const { bars } = await parseMermaid(diagram.source);
      expect(bars.length).toBeGreaterThan(0);
      for (const bar of bars) {
        expect(bar.start >= from && bar.start <= to, `${bar.text} on ${bar.start}`).toBe(true);
      }
    }
    const packaged = blocksOf(
      section(planReport(seedWithStreams(), { date: DATE }), 'diagrams'),
      'diagram',
    ).find((d) => d.title === 'Packaged plan');
    expect(packaged?.source).toContain(`useWidth: ${String(REPORT_DIAGRAM_WIDTH)}`);
    // The app's own cadence view is unchanged: four weeks at the width of its panel.
    const [app] = buildDiagram(seedWithStreams(), 'cadence').diagrams;
    expect(app?.title).toBe('Stream cadence · 2027-06-30 to 2027-07-27');
    expect(app?.source).not.toContain('useWidth');
  });

  it('says in one line what a section has no data for, instead of dropping it', () => {
    const report = planReport(emptyPlan(), { date: DATE });
    expect(report.sections).toHaveLength(16);
    const line = (id: string) => texts(section(report, id));
    expect(line('raci')).toEqual(['No stream, so no RACI matrix.']);
    expect(line('traceability')).toEqual(['The packaged plan has no item to trace.']);
    expect(line('risks')).toEqual(['The strategy lists no risk.']);
    expect(line('ci-list')).toEqual(['The plan has no hardware, document or knowledge CI.']);
    expect(line('acceptance')).toEqual(['The plan lists no criterion here.']);
    expect(line('figures')[0]).toMatch(/no deliveries and no horizon/);
    expect(line('calendar')).toContain('The packaged plan has no delivery.');
    for (const found of report.sections) expect(found.blocks.length, found.id).toBeGreaterThan(0);
  });
});
