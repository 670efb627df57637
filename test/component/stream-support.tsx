import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { Plan } from '../../core/plan/schema';
import { studioTheme } from '../../renderer/src/app/theme';
import { useConversionStore } from '../../renderer/src/state/conversion';
import { useDocumentStore } from '../../renderer/src/state/document-store';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { sampleDocument } from './fake-studio';

/**
 * Renders an editor screen the way the app does, with Mantine's test environment (no
 * transitions, no portals), so dropdowns and popovers open synchronously in jsdom.
 */
export function renderEditor(ui: ReactElement): RenderResult {
  return render(
    <MantineProvider theme={studioTheme} env="test">
      {ui}
    </MantineProvider>,
  );
}

/** Opens the example plan (optionally changed first) with fresh stores and history. */
export function openPlan(change?: (plan: Plan) => void): Plan {
  const document = sampleDocument();
  change?.(document.plan);
  useDocumentStore.getState().openDocument(document);
  useConversionStore.getState().forget();
  useUiStore.setState({ section: 'streams', focusTarget: null, vocabulary: 'itil3' });
  return document.plan;
}

export function currentPlan(): Plan {
  const { plan } = useDocumentStore.getState();
  if (!plan) throw new Error('no plan is open');
  return plan;
}

export function streamsOf(plan: Plan = currentPlan()) {
  return plan.streamDesign?.streams ?? [];
}

/**
 * What jsdom lacks and the editors touch: scrolling (a no-op without layout; jsdom logs "not
 * implemented") and the font loading events Mantine's autosizing text areas listen to.
 */
export function stubLayout(): { scrollIntoView: ReturnType<typeof vi.fn> } {
  const scrollIntoView = vi.fn();
  Element.prototype.scrollIntoView = scrollIntoView;
  window.scrollTo = vi.fn();
  return { scrollIntoView };
}
