import { Stack, Text } from '@mantine/core';
import { useRef, type ReactNode } from 'react';
import { useDocumentStore } from '../../state/document-store';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useFocusTarget } from '../../ui/focus/use-focus-target';
import { ChangePolicySection } from './ChangePolicySection';
import { ElsPolicySection } from './ElsPolicySection';
import { KnowledgeSection } from './KnowledgeSection';
import { NeedSection } from './NeedSection';
import { PlanAndServiceSection } from './PlanAndServiceSection';
import { RisksSection } from './RisksSection';
import { planTitle } from '../../../../core/plan/untitled';

/**
 * The transition strategy: the service and its need, the approach, and the policies for
 * change, knowledge, early life support and improvement, with the risks. `calendar` is the
 * change calendar's editor, a feature of its own placed after the change policy it serves.
 */
export function StrategyScreen({ calendar }: { calendar?: ReactNode }) {
  const title = useDocumentStore((s) => s.plan?.title ?? '');
  const root = useRef<HTMLDivElement>(null);
  useFocusTarget('strategy', root);
  return (
    <Stack gap="lg" ref={root} maw={960}>
      <ScreenHeader section="Strategy" title={planTitle(title)}>
        <Text size="sm" c="dimmed">
          Why the change is needed, for whom, and the policies that govern it.
        </Text>
      </ScreenHeader>
      <PlanAndServiceSection />
      <NeedSection />
      <ChangePolicySection />
      {calendar}
      <KnowledgeSection />
      <ElsPolicySection />
      <RisksSection />
    </Stack>
  );
}
