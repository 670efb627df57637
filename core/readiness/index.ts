export { checkReadiness, type ReadinessOptions } from './check-readiness';
export {
  summariseFindings,
  type Finding,
  type FindingCounts,
  type FindingMember,
  type Severity,
} from './finding';
