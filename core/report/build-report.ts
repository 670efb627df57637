import type { ReportContext } from './context';
import type { PlanReport } from './model';
import { calendarSection } from './sections/calendar';
import {
  acceptanceSection,
  elsExitSection,
  goNoGoSection,
  risksSection,
  signOffSection,
} from './sections/checklists';
import { diagramsSection } from './sections/diagrams';
import { beforeAfterSection, readinessSection } from './sections/figures';
import { changePolicySection, strategySection, titleSection } from './sections/overview';
import { elsPolicySection } from './sections/policies';
import { raciSection } from './sections/raci';
import { ciListSection, traceabilitySection } from './sections/trace';

/** The sections of the pack for the CAB and the steering committee, in reading order. */
export function buildPlanReport(context: ReportContext): PlanReport {
  return {
    title: context.plan.title.trim() || 'Untitled plan',
    sections: [
      titleSection(context),
      strategySection(context),
      changePolicySection(context),
      raciSection(context),
      calendarSection(context),
      beforeAfterSection(context),
      traceabilitySection(context),
      readinessSection(context),
      risksSection(context),
      acceptanceSection(context),
      elsPolicySection(context),
      elsExitSection(context),
      ciListSection(context),
      goNoGoSection(context),
      diagramsSection(context),
      signOffSection(context),
    ],
  };
}
