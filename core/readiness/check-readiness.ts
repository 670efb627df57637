import { IsoDateSchema, type Plan } from '../plan/schema';
import { checkFinalNonFunctionalTargets, checkNonFunctionalProgress } from './acceptance-checks';
import { checkApprovalModels } from './approval-checks';
import {
  checkPolicyContradictions,
  checkRegulatoryApproval,
  checkTrainingLeadTime,
} from './policy-checks';
import { checkHardwareStream, checkReleaseOwnership, checkUnmappedItems } from './coverage-checks';
import { checkHorizon, checkPastDeliveries } from './date-checks';
import { checkEarlyLifeSupport } from './early-life-support-checks';
import type { Finding } from './finding';
import { FindingsCollector } from './findings-collector';
import {
  checkKnowledgeCoverage,
  checkOperationsBriefed,
  checkTrainingPlanned,
} from './knowledge-checks';
import { indexPlan } from '../plan/plan-index';
import {
  checkDeliveriesExist,
  checkDeliveryOrder,
  checkEmptyDeliveries,
  checkSameDayDeliveries,
} from './schedule-checks';
import { checkServiceOwner, checkStrategyHasDesign } from './service-checks';
import { checkStreamCalendar } from './stream-calendar-checks';
import { checkDesignHasStreams, checkStreamRoles, checkStreamTraces } from './stream-checks';

export interface ReadinessOptions {
  /** YYYY-MM-DD. Date checks compare against it; no check reads the clock, so results repeat. */
  today?: string;
}

/**
 * What a transition manager would flag before calling the plan ready: gaps against service
 * acceptance and ELS exit criteria, and stream designs that Change Management, SV&T or R&DM
 * could not run. Expects a parsed plan; findings come sorted by severity, then document order.
 */
export function checkReadiness(plan: Plan, options: ReadinessOptions = {}): Finding[] {
  const { today } = options;
  if (today !== undefined && !IsoDateSchema.safeParse(today).success) {
    throw new RangeError(`today must be a date written YYYY-MM-DD (got "${today}")`);
  }
  const index = indexPlan(plan);
  const findings = new FindingsCollector();

  checkServiceOwner(index, findings);
  checkStrategyHasDesign(index, findings);

  checkDeliveriesExist(index, findings);
  checkEmptyDeliveries(index, findings);
  checkSameDayDeliveries(index, findings);
  checkDeliveryOrder(index, findings);
  checkPastDeliveries(index, findings, today);
  checkHorizon(index, findings);

  checkKnowledgeCoverage(index, findings);
  checkOperationsBriefed(index, findings);
  checkTrainingPlanned(index, findings);
  checkTrainingLeadTime(index, findings);
  checkFinalNonFunctionalTargets(index, findings);
  checkNonFunctionalProgress(index, findings);
  checkEarlyLifeSupport(index, findings);

  checkDesignHasStreams(index, findings);
  checkStreamRoles(index, findings);
  checkStreamTraces(index, findings);
  checkApprovalModels(index, findings);
  checkPolicyContradictions(index, findings);
  checkRegulatoryApproval(index, findings);
  checkUnmappedItems(index, findings);
  checkHardwareStream(index, findings);
  checkReleaseOwnership(index, findings);
  checkStreamCalendar(index, findings);

  return findings.sorted();
}
