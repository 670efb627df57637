import type { Range } from './range';

/**
 * Enough digits to compare plans, no more: whole numbers as they are, large figures without
 * decimals, small ones to two significant digits (0.083 deployments a week still says
 * something; 0.08284023668 only adds noise).
 */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const size = Math.abs(value);
  let decimals: number;
  if (size >= 100) decimals = 0;
  else if (size >= 10) decimals = 1;
  else if (size >= 1) decimals = 2;
  else decimals = Math.min(6, 1 - Math.floor(Math.log10(size)));
  const text = value.toFixed(decimals);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  // -0.0000001 rounds to "-0"; the sign says nothing at that size.
  return trimmed === '-0' ? '0' : trimmed;
}

/** "184–187" for a range, "121" when both ends read the same once rounded. */
export function formatRange(
  range: Range,
  format: (value: number) => string = formatFigure,
): string {
  const low = format(range.min);
  const high = format(range.max);
  return low === high ? low : `${low}–${high}`;
}

export function formatPercentRange(range: Range): string {
  return formatRange(range, (share) => formatFigure(share * 100));
}

/** "every 12 weeks" reads better than "every 12.07 weeks": whole numbers from 2 up. */
function formatEvery(value: number): string {
  return value >= 2 ? String(Math.round(value)) : formatFigure(Math.round(value * 10) / 10);
}

/**
 * A rate as a CAB reads it without a calculator: "5.09–5.22 a week" when it happens weekly or
 * more, "1 every 12 weeks" when it happens less often than that ("0.083 a week" says the same
 * thing in a way nobody pictures). `per` is the unit ("week", "release"), `what` the thing
 * counted, singular and plural.
 */
export function formatRate(
  range: Range,
  per: { one: string; many: string },
  what: { one: string; many: string } = { one: '', many: '' },
): string {
  const noun = (n: number): string => (what.one === '' ? '' : ` ${n === 1 ? what.one : what.many}`);
  if (range.max <= 0) return 'none';
  if (range.max >= 1) return `${formatRange(range)}${noun(range.max)} a ${per.one}`;
  // Below one a unit, turn it over: the slowest rate is the longest wait.
  const shortest = formatEvery(1 / range.max);
  const longest = range.min > 0 ? formatEvery(1 / range.min) : null;
  const span =
    longest === null
      ? `at most 1${noun(1)} every ${shortest}`
      : `1${noun(1)} every ${shortest === longest ? shortest : `${shortest}–${longest}`}`;
  const unit = shortest === '1' && (longest === null || longest === '1') ? per.one : per.many;
  return `${span} ${unit}`;
}
