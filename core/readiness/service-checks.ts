import { quote } from './describe';
import type { FindingsCollector } from './findings-collector';
import type { PlanIndex } from '../plan/plan-index';

/**
 * ELS exits when service and process owners agree to operate the service within its SLAs, and
 * CSI reports to the service owner: without one, neither has anyone to sign off.
 */
export function checkServiceOwner(index: PlanIndex, findings: FindingsCollector): void {
  const { service } = index.plan;
  if (service.owner !== undefined && service.owner.trim() !== '') return;
  const named = service.name.trim() === '' ? 'The service' : `Service ${quote(service.name, '')}`;
  findings.add(
    'service-owner-missing',
    'warning',
    ['service', 'owner'],
    `${named} has no owner to agree the exit from early life support and to own its continual improvement.`,
  );
}

/** A strategy that chose streams has not been carried into a design yet. */
export function checkStrategyHasDesign(index: PlanIndex, findings: FindingsCollector): void {
  const { approach } = index.plan.strategy;
  if (approach === 'packaged' || index.streams !== undefined) return;
  findings.add(
    'streams-approach-without-design',
    'info',
    ['streamDesign'],
    `The strategy takes a ${approach} approach but the plan has no stream design yet; convert the packaged plan into streams.`,
  );
}
