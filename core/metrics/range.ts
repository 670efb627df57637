/** A figure that a cadence can only bound, not pin down. A single figure has min === max. */
export interface Range {
  min: number;
  max: number;
}

export const ZERO_RANGE: Range = { min: 0, max: 0 };

export function exactly(value: number): Range {
  return { min: value, max: value };
}

export function addRanges(a: Range, b: Range): Range {
  return { min: a.min + b.min, max: a.max + b.max };
}

/** Multiplies by a non-negative factor (a negative one would swap the bounds). */
export function scaleRange(range: Range, factor: number): Range {
  return { min: range.min * factor, max: range.max * factor };
}

export function isSingleFigure(range: Range): boolean {
  return range.min === range.max;
}
