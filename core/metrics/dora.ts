import type { DoraBand, DoraBandId, DoraReportYear } from './types';

/**
 * "On demand (multiple deploys a day)": at least two deployments each working day. One a
 * working day (5 a week) is daily, which both tables put below elite.
 */
const SEVERAL_A_DAY = 10;
const ONCE_A_WEEK = 1;
/** The reports' month and half-year, as mean calendar days, expressed per week. */
const ONCE_A_MONTH = 7 / 30.44;
const ONCE_IN_SIX_MONTHS = 7 / 182.6;
/** Rates are ratios of whole numbers; this keeps 4.9999999 from missing a threshold of 5. */
const TOLERANCE = 1e-9;

interface BandRow {
  band: DoraBandId;
  atLeastPerWeek: number;
  wording: string;
}

const ON_DEMAND = 'on demand (multiple deploys a day)';

/** Deployment-frequency rows of each report, fastest first (domain/itil.md). */
const TABLES: ReadonlyMap<DoraReportYear, readonly BandRow[]> = new Map([
  [
    2021,
    [
      { band: 'elite', atLeastPerWeek: SEVERAL_A_DAY, wording: ON_DEMAND },
      // 2021 has no row between daily and weekly; its high row is the nearest that holds them.
      {
        band: 'high',
        atLeastPerWeek: ONCE_A_MONTH,
        wording: 'between once a week and once a month',
      },
      {
        band: 'medium',
        atLeastPerWeek: ONCE_IN_SIX_MONTHS,
        wording: 'between once a month and once every 6 months',
      },
      { band: 'low', atLeastPerWeek: 0, wording: 'fewer than once every 6 months' },
    ],
  ],
  [
    2023,
    [
      { band: 'elite', atLeastPerWeek: SEVERAL_A_DAY, wording: ON_DEMAND },
      { band: 'high', atLeastPerWeek: ONCE_A_WEEK, wording: 'between once a day and once a week' },
      {
        band: 'medium',
        atLeastPerWeek: ONCE_A_MONTH,
        wording: 'between once a week and once a month',
      },
      { band: 'low', atLeastPerWeek: 0, wording: 'fewer than once a month' },
    ],
  ],
]);

export const DEFAULT_DORA_YEAR: DoraReportYear = 2023;

export const DORA_REPORT_YEARS: readonly DoraReportYear[] = [...TABLES.keys()];

/** For callers holding a year from the command line or a file: narrows it to a known table. */
export function isDoraReportYear(year: unknown): year is DoraReportYear {
  return typeof year === 'number' && TABLES.has(year as DoraReportYear);
}

export function classifyDeploymentFrequency(perWeek: number, year: DoraReportYear): DoraBand {
  const rows = TABLES.get(year) ?? [];
  const row = rows.find((candidate) => perWeek + TOLERANCE >= candidate.atLeastPerWeek);
  if (!row) throw new Error(`no DORA deployment-frequency table for ${String(year)}`);
  const band: DoraBand = { band: row.band, wording: row.wording, year, perWeek };
  if (year === 2021 && row.band === 'high' && perWeek > ONCE_A_WEEK + TOLERANCE) {
    band.note = 'The 2021 table has no band between daily and weekly deployments; counted as high.';
  }
  return band;
}
