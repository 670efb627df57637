import { DEFAULT_DORA_YEAR, isDoraReportYear } from '../core/metrics/dora';
import type { DoraReportYear } from '../core/metrics/types';
import { UsageError } from './io';

/** `--dora 2021|2023` of `metrics` and `report`: which State of DevOps table rates the plan. */
export function parseDoraYear(command: string, value: unknown): DoraReportYear {
  if (value === undefined) return DEFAULT_DORA_YEAR;
  const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : NaN;
  if (isDoraReportYear(year)) return year;
  throw new UsageError(
    `transition-studio ${command}: --dora must be 2021 or 2023 (got ${JSON.stringify(value)})`,
  );
}
