import type { Cadence } from '../plan/schema';

// The naming lives with the plan, where the places of a file's problems use it too.
export { nameDelivery, nameItem, nameStream, quote } from '../plan/names';

/** The most releases a week a cadence allows; as required has no fixed rate. */
export function releasesPerWeek(cadence: Cadence): number {
  switch (cadence.kind) {
    case 'daily':
      return 7;
    case 'everyNDays':
      return 7 / cadence.n;
    case 'timesPerWeek':
      return cadence.max;
    case 'asRequired':
      return 0;
  }
}
