import { describe, expect, it } from 'vitest';
import { placeOf } from '../../../../core/plan/problem-place';
import { describeProblem, describeProblemWithPath } from '../../../../core/plan/problems';
import { parsePlanData } from '../../../../core/plan/parse';
import { validatePlanData } from '../../../../core/plan/references';
import { seedPlanText } from '../../../support/seed';

type Json = Record<string, unknown>;

function seed(): Json & {
  packagedPlan: { deliveries: (Json & { items: Json[] })[] };
  strategy: Json;
} {
  return JSON.parse(seedPlanText()) as never;
}

/** The lines a person reads for a plan's problems. */
function shown(data: unknown): string[] {
  const result = validatePlanData(data);
  return result.ok ? [] : result.problems.map(describeProblem);
}

describe('where a problem lies, in the editor’s words', () => {
  const plan = {
    packagedPlan: {
      deliveries: [
        { id: 'd1', name: 'Wave 1', date: '2027-03-01', items: [] },
        {
          id: 'd2',
          name: 7,
          date: 'soon',
          items: [{ id: 'x', kind: 'functional', title: 'Payments API' }],
        },
        { id: 'd3', name: '', date: '2027-05-03', items: [{ id: 'i', kind: 'epic', title: '' }] },
      ],
    },
    streamDesign: {
      streams: [
        { id: 's', name: 'Infrastructure', roles: ['x'], sourceItemIds: ['a'] },
        { id: 't' },
      ],
    },
    conversionRules: { rules: [{}, {}, { stream: { roles: [''] } }] },
    changeCalendar: { windows: [{ id: 'w', name: 'Xmas freeze' }], holidays: [{ date: 'x' }] },
    customRoles: [{ id: 'sec', name: 'Security office' }],
  };

  it.each([
    ['packagedPlan.deliveries[0].date', 'Delivery "Wave 1" › Go-live date'],
    ['packagedPlan.deliveries[0].name', 'Delivery "Wave 1" › Name'],
    // A name that is not text: the delivery is told by its number.
    ['packagedPlan.deliveries[1].date', 'Delivery 2 › Go-live date'],
    [
      'packagedPlan.deliveries[1].items[0].title',
      'Delivery 2 › Functional requirement "Payments API" › Title',
    ],
    // A field the editor does not show: its key in words.
    [
      'packagedPlan.deliveries[1].items[0].date',
      'Delivery 2 › Functional requirement "Payments API" › Date',
    ],
    // Unnamed: by its go-live date, as the report names it.
    ['packagedPlan.deliveries[2].name', 'Delivery of 2027-05-03 › Name'],
    [
      'packagedPlan.deliveries[2].items[0].kind',
      'Delivery of 2027-05-03 › Item (untitled, id "i") › Kind',
    ],
    ['packagedPlan.deliveries[7].items[3].title', 'Delivery 8 › Item 4 › Title'],
    ['packagedPlan.deliveries', 'Deliveries'],
    ['streamDesign.streams[0].sourceItemIds[0]', 'Stream "Infrastructure" › Items'],
    ['streamDesign.streams[0].roles[0]', 'Stream "Infrastructure" › Roles'],
    ['streamDesign.streams[1].name', 'Stream 2 › Name'],
    ['streamDesign.streams[0].cadence.kind', 'Stream "Infrastructure" › Cadence'],
    ['streamDesign.streams[0].cadence.n', 'Stream "Infrastructure" › Cadence › Every N days'],
    [
      'streamDesign.streams[0].approval.gate',
      'Stream "Infrastructure" › Approval model › Gate that authorises the release',
    ],
    ['conversionRules.rules[2].stream.roles[0]', 'Conversion rule 3 › Stream › Roles'],
    ['strategy.horizon.end', 'Strategy › Horizon › End'],
    ['changeCalendar.windows[0].end', 'Change calendar › Window "Xmas freeze" › To'],
    ['changeCalendar.holidays[0].date', 'Change calendar › Holiday 1 › Date'],
    ['customRoles[0].abbreviation', 'Role "Security office" › Abbreviation'],
    ['title', 'Plan title'],
    ['service.owner', 'Service owner'],
    ['schemaVersion', 'Schema version'],
    ['', ''],
  ])('%s → %s', (path, place) => {
    expect(placeOf(plan, path)).toBe(place);
  });

  it('names a kind-specific figure as its column does', () => {
    const data = seed();
    const pathOf = (kind: string, field: string): string => {
      for (const [d, delivery] of data.packagedPlan.deliveries.entries()) {
        const i = delivery.items.findIndex((item) => item.kind === kind);
        if (i >= 0) return `packagedPlan.deliveries[${String(d)}].items[${String(i)}].${field}`;
      }
      throw new Error(`the seed plan has no ${kind} item`);
    };
    expect(placeOf(data, pathOf('training', 'leadWeeks'))).toMatch(
      /^Delivery "[^"]+" › Training "[^"]+" › Training from, weeks before$/,
    );
    expect(placeOf(data, pathOf('opsBriefing', 'leadWeeks'))).toMatch(/› Briefing, weeks before$/);
    expect(placeOf(data, pathOf('earlyLifeSupport', 'days'))).toMatch(/› Support, days after$/);
    expect(placeOf(data, pathOf('nonFunctional', 'targetPercent'))).toMatch(/› Targets met$/);
  });

  it('reads any data without throwing, and keys from the file meet no prototype', () => {
    for (const data of [
      null,
      3,
      'text',
      [],
      { packagedPlan: [] },
      { packagedPlan: { deliveries: {} } },
    ]) {
      expect(placeOf(data, 'packagedPlan.deliveries[0].items[1].title')).toBe(
        'Delivery 1 › Item 2 › Title',
      );
    }
    expect(placeOf({}, 'constructor.toString')).toBe('Constructor › To string');
    expect(
      placeOf(
        { streamDesign: { streams: [{ name: 'a\u0007\nb', roleOwners: {} }] } },
        'streamDesign.streams[0].roleOwners.hasOwnProperty[0]',
      ),
    ).toBe('Stream "a\\u0007 b" › Owned by › "hasOwnProperty"');
  });
});

describe('every problem shows the field and the bad value', () => {
  it('a date that does not exist', () => {
    const data = seed();
    const first = data.packagedPlan.deliveries[0];
    if (first) Object.assign(first, { name: 'Wave 1', date: '2027-02-31' });
    expect(shown(data)).toEqual([
      'Delivery "Wave 1" › Go-live date: must be a date that exists in the calendar (found text "2027-02-31")',
    ]);
  });

  it('a cadence the app does not know', () => {
    const data = seed();
    data.streamDesign = {
      streams: [
        { id: 's', name: 'Infra', cadence: { kind: 'weekly' }, roles: [], sourceItemIds: [] },
      ],
    };
    expect(shown(data)).toEqual([
      'Stream "Infra" › Cadence: must be one of "daily", "everyNDays", "timesPerWeek" or "asRequired" (found text "weekly")',
    ]);
  });

  it('a missing title, a negative quantity, an unknown role and a stale trace', () => {
    const data = seed();
    const items = data.packagedPlan.deliveries[1]?.items ?? [];
    const infra = items.findIndex((item) => item.kind === 'infrastructure');
    delete items[0]?.title;
    const server = items[infra];
    if (server) server.quantity = -2;
    expect(shown(data)).toEqual([
      'Delivery "Delivery 2" › Item 1 › Title: is missing',
      `Delivery "Delivery 2" › Infrastructure ${JSON.stringify(server?.title)} › Quantity: must be 1 or more (found the number -2)`,
    ]);
    const fixed = seed();
    fixed.streamDesign = {
      streams: [
        {
          id: 's',
          name: 'Code',
          cadence: { kind: 'daily' },
          roles: ['nobody'],
          sourceItemIds: ['gone'],
        },
      ],
    };
    expect(shown(fixed)).toEqual([
      'Stream "Code" › Items: "gone" is not an item of the packaged plan',
      'Stream "Code" › Roles: "nobody" is neither an ITIL role id nor one of the plan\'s own roles',
    ]);
  });

  it('keeps the machine path beside the words where JSON is edited by hand', () => {
    const data = seed();
    data.title = 3;
    const result = parsePlanData(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toEqual({
      path: 'title',
      message: 'must be text (found the number 3)',
      place: 'Plan title',
    });
    expect(result.problems.map(describeProblemWithPath)).toEqual([
      'Plan title (title): must be text (found the number 3)',
    ]);
    expect(describeProblemWithPath({ path: '', message: 'is not valid JSON' })).toBe(
      'is not valid JSON',
    );
  });
});
