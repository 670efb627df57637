import type { DiagramView } from '../../../core/diagrams';
import type { Section } from '../state/ui-store';

export interface SectionInfo {
  label: string;
  /** What the section is for, in one line (navigation tooltip and empty states). */
  description: string;
  /** The diagram shown beside the editor while this section is open; none for Diagrams. */
  liveView: DiagramView | null;
}

export const SECTION_INFO: Record<Section, SectionInfo> = {
  strategy: {
    label: 'Strategy',
    description: 'Why the change is needed, for whom, and the policies that govern it',
    liveView: 'approvals',
  },
  packaged: {
    label: 'Packaged plan',
    description: 'Deliveries with dates and the items each one bundles',
    liveView: 'packaged',
  },
  streams: {
    label: 'Stream design',
    description: 'Concurrent streams: cadence, owning processes and approval model',
    liveView: 'streams',
  },
  review: {
    label: 'Conversion review',
    description: 'Traceability from packaged items to streams, and the metrics before and after',
    liveView: 'streams',
  },
  diagrams: {
    label: 'Diagrams',
    description: 'Every view of the plan, ready to export',
    liveView: null,
  },
  readiness: {
    label: 'Readiness',
    description: 'What still needs attention before the transition can go ahead',
    liveView: 'ci',
  },
};
