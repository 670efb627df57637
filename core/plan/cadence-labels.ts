import type { Cadence } from './schema';

/**
 * A cadence as the article writes it: "Daily", "Every other day", "1–2 times a week". The one
 * wording of a cadence: readiness, the report, the diagrams and the UI all use it (inside a
 * sentence, lower-cased).
 */
export function describeCadence(cadence: Cadence): string {
  switch (cadence.kind) {
    case 'daily':
      return 'Daily';
    case 'everyNDays':
      return cadence.n === 2 ? 'Every other day' : `Every ${String(cadence.n)} days`;
    case 'timesPerWeek':
      if (cadence.min === cadence.max) {
        return cadence.min === 1 ? 'Once a week' : `${String(cadence.min)} times a week`;
      }
      return `${String(cadence.min)}–${String(cadence.max)} times a week`;
    case 'asRequired':
      return 'As required';
  }
}
