import { convertToStreams } from '../core/conversion/convert';
import { parsePlanData } from '../core/plan/parse';
import type { Plan } from '../core/plan/schema';
import { scheduleStreams } from '../core/schedule';
import { generatedPlanText, threeYearCalendar } from './generated-plan';
import { measure, printFigures } from './measure';

/**
 * Validate + convert a generated 10,000-item plan with a three-year change calendar (deliveries
 * monthly over 2027–2029, freezes, blackouts, holidays), against the floor of `JSON.parse` of
 * the same text. Judged by: validate ≤ 3 × JSON.parse, convert ≤ 1.5 × (JSON.parse + validate).
 * The re-conversion (merging into an existing design) and the schedule of every stream's runs
 * around the calendar are shown beside the first conversion.
 */
const ITEMS = 10_000;
const RUNS = 60;
const generated = JSON.parse(generatedPlanText(ITEMS, 36)) as Record<string, unknown>;
const text = JSON.stringify({ ...generated, changeCalendar: threeYearCalendar() }, null, 2);

function parsed(): Plan {
  const result = parsePlanData(JSON.parse(text));
  if (!result.ok) throw new Error('the generated plan does not validate');
  return result.plan;
}

const plan = parsed();
const converted = convertToStreams(plan).plan;
const data: unknown = JSON.parse(text);

const json = measure('JSON.parse (10,000 items)', () => JSON.parse(text), RUNS);
const validate = measure('validate (schema, ids, safety)', () => parsePlanData(data), RUNS);
const convert = measure('convert (first conversion)', () => convertToStreams(plan), RUNS);
const schedule = measure('schedule runs (3-year calendar)', () => scheduleStreams(converted), RUNS);
const reconvert = measure(
  're-convert (merge into design)',
  () => convertToStreams(converted),
  RUNS,
);

console.log(`plan text: ${(text.length / 1024 / 1024).toFixed(2)} MB, ${String(ITEMS)} items`);
printFigures(
  [json, validate, convert, reconvert, schedule],
  [
    ['validate / JSON.parse (target <= 3)', validate.medianMs / json.medianMs],
    [
      'convert / (JSON.parse + validate) (target <= 1.5)',
      convert.medianMs / (json.medianMs + validate.medianMs),
    ],
    [
      're-convert / (JSON.parse + validate)',
      reconvert.medianMs / (json.medianMs + validate.medianMs),
    ],
    [
      'convert + schedule / (JSON.parse + validate) (target <= 1.5)',
      (convert.medianMs + schedule.medianMs) / (json.medianMs + validate.medianMs),
    ],
  ],
);
