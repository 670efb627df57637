import { format } from 'date-fns';
import { useMemo } from 'react';
import { checkReadiness, type Finding } from '../../../../core/readiness';
import { useDocumentStore } from '../../state/document-store';

/**
 * The core's readiness findings for the open plan, recomputed only when the plan changes. Date
 * checks compare against today's date (the core itself never reads the clock).
 */
export function useReadinessFindings(): readonly Finding[] {
  const plan = useDocumentStore((s) => s.plan);
  const today = format(new Date(), 'yyyy-MM-dd');
  return useMemo(() => (plan ? checkReadiness(plan, { today }) : []), [plan, today]);
}
