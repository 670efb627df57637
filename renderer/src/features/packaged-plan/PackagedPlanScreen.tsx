import { useDocumentStore } from '../../state/document-store';
import { PlanOverview } from '../plan-overview/PlanOverview';

export function PackagedPlanScreen() {
  const plan = useDocumentStore((s) => s.plan);
  const source = useDocumentStore((s) => s.source);
  if (!plan || !source) return null;
  return <PlanOverview document={{ plan, source }} />;
}
