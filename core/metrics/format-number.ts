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
