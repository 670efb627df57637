import { Button } from '@mantine/core';
import { useMemo } from 'react';
import { findStaleTraces } from '../../../core/plan/references';
import { useDocumentStore } from '../state/document-store';
import { dropTracesOf } from '../state/stream-edits';

export const STALE_TRACE_REPAIR_LABEL = 'Take out traces to items no longer in the plan';

/**
 * The repair for a plan whose streams trace items it no longer has (a file saved that way by
 * an older version or by hand): one undoable step through the edit that takes removed items out
 * of their streams. Nothing when there is nothing to take out. `onRepaired` lets the caller
 * close what asked for it (the alert of a refused save).
 */
export function StaleTraceRepair({ onRepaired }: { onRepaired?: () => void }) {
  const plan = useDocumentStore((s) => s.plan);
  const editPlan = useDocumentStore((s) => s.editPlan);
  const stale = useMemo(() => (plan ? findStaleTraces(plan) : { itemIds: [], count: 0 }), [plan]);
  if (stale.count === 0) return null;
  const traces = stale.count === 1 ? 'the trace' : `the ${String(stale.count)} traces`;
  return (
    <Button
      size="xs"
      variant="default"
      style={{ alignSelf: 'flex-start' }}
      onClick={() => {
        editPlan(
          (draft) => {
            dropTracesOf(draft, new Set(stale.itemIds));
          },
          { label: STALE_TRACE_REPAIR_LABEL },
        );
        onRepaired?.();
      }}
    >
      Take out {traces} to items no longer in the plan
    </Button>
  );
}
