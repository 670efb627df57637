import { DIAGRAM_VIEWS, buildDiagram } from '../core/diagrams';
import { validatePlanData } from '../core/plan/references';
import type { Plan } from '../core/plan/schema';
import { planReportMarkdown } from '../core/report/plan-report';
import { planWithDeliveries, planWithLongText, planWithStreams } from './large-plans';
import { measure, printFigures, type Figure } from './measure';

/**
 * Issue 17's hangs, as figures: `report` and every diagram view (`diagram --view all`) of a
 * plan with a 1 MB title, of 2,500 and 10,000 deliveries, of 5,000 and 20,000 streams; and
 * validating 130,000 invalid and 200,000 valid items. Each ratio of the 4× input to the 1×
 * input should stay ≤ 5 (n log n or better). One timed run after one warm-up: the large cases
 * take seconds each. Times are printed, never asserted.
 */
const report = (plan: Plan) => () => planReportMarkdown(plan, { date: '2026-12-03' });
const allViews = (plan: Plan) => () => DIAGRAM_VIEWS.map((view) => buildDiagram(plan, view));

function itemsPlan(n: number, valid: boolean): unknown {
  const plan = planWithDeliveries(1, 0);
  const delivery = plan.packagedPlan.deliveries[0];
  if (delivery) {
    delivery.items = Array.from({ length: n }, (_, i) => ({
      id: `x${String(i)}`,
      kind: 'functional' as const,
      title: valid ? 'Feature' : (undefined as unknown as string),
    }));
  }
  return plan;
}

const figures: Figure[] = [];
const run = (label: string, work: () => unknown): Figure => {
  const figure = measure(label, work, 1);
  figures.push(figure);
  console.log(`${label.padEnd(40)} ${figure.medianMs.toFixed(0)} ms`);
  return figure;
};
const ratio = (big: Figure, small: Figure): number => big.medianMs / small.medianMs;

const longTitle = planWithLongText(1_000_000);
run('report, 1 MB title', report(longTitle));
run('all views, 1 MB title', allViews(longTitle));

const d1 = planWithDeliveries(2_500);
const d4 = planWithDeliveries(10_000);
const reportD1 = run('report, 2,500 deliveries', report(d1));
const reportD4 = run('report, 10,000 deliveries', report(d4));
const viewsD1 = run('all views, 2,500 deliveries', allViews(d1));
const viewsD4 = run('all views, 10,000 deliveries', allViews(d4));

const s1 = planWithStreams(5_000);
const s4 = planWithStreams(20_000);
const reportS1 = run('report, 5,000 streams', report(s1));
const reportS4 = run('report, 20,000 streams', report(s4));
const viewsS1 = run('all views, 5,000 streams', allViews(s1));
const viewsS4 = run('all views, 20,000 streams', allViews(s4));

const invalid1 = itemsPlan(32_500, false);
const invalid4 = itemsPlan(130_000, false);
const validateI1 = run('validate, 32,500 invalid items', () => validatePlanData(invalid1));
const validateI4 = run('validate, 130,000 invalid items', () => validatePlanData(invalid4));
const valid4 = itemsPlan(200_000, true);
run('validate, 200,000 valid items', () => validatePlanData(valid4));

console.log('');
printFigures(figures, [
  ['report 10,000 / 2,500 deliveries', ratio(reportD4, reportD1)],
  ['all views 10,000 / 2,500 deliveries', ratio(viewsD4, viewsD1)],
  ['report 20,000 / 5,000 streams', ratio(reportS4, reportS1)],
  ['all views 20,000 / 5,000 streams', ratio(viewsS4, viewsS1)],
  ['validate 130,000 / 32,500 invalid items', ratio(validateI4, validateI1)],
]);
