import { useLayoutEffect } from 'react';
import type { Section } from '../state/ui-store';
import { ChangeCalendarSection } from '../features/calendar';
import { ConversionReviewScreen } from '../features/conversion-review/ConversionReviewScreen';
import { DiagramsScreen, useDiagramOptions } from '../features/diagrams';
import { PackagedPlanScreen } from '../features/packaged-plan/PackagedPlanScreen';
import { ReadinessScreen } from '../features/readiness/ReadinessScreen';
import { StrategyScreen } from '../features/strategy/StrategyScreen';
import { StreamDesignScreen } from '../features/stream-design/StreamDesignScreen';

/** The editor of the section chosen in the sidebar. */
export function SectionScreen({ section }: { section: Section }) {
  const diagramOptions = useDiagramOptions();
  // Another section starts at its top. A layout effect runs before the section's own effects,
  // so a "go to field" that scrolls to its field still wins.
  useLayoutEffect(() => {
    window.scrollTo({ top: 0 });
  }, [section]);
  switch (section) {
    case 'strategy':
      return <StrategyScreen calendar={<ChangeCalendarSection />} />;
    case 'packaged':
      return <PackagedPlanScreen />;
    case 'streams':
      return <StreamDesignScreen />;
    case 'review':
      return <ConversionReviewScreen />;
    case 'diagrams':
      return <DiagramsScreen options={diagramOptions} />;
    case 'readiness':
      return <ReadinessScreen />;
  }
}
