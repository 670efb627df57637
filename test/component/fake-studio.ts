import { vi } from 'vitest';
import type { EventChannel } from '../../core/contract/ipc/channels';
import type { IpcResult, PlanDocument, StudioApi } from '../../core/contract/ipc/contract';
import { buildStudioApi } from '../../core/contract/ipc/studio-api';
import { parsePlanData } from '../../core/plan/parse';
import samplePlan from '../../resources/samples/seed-plan.transition.json';

export function sampleDocument(): PlanDocument {
  const parsed = parsePlanData(structuredClone(samplePlan));
  if (!parsed.ok) throw new Error('the sample plan no longer parses');
  return { plan: parsed.plan, source: { kind: 'sample', name: 'seed-plan.transition.json' } };
}

/** A window.studio whose answers the test scripts, built with the real api builder. */
export function installFakeStudio(
  answers: Partial<Record<string, () => IpcResult<unknown> | Promise<IpcResult<unknown>>>>,
) {
  const listeners = new Map<EventChannel, (payload: unknown) => void>();
  const invoke = vi.fn((channel: string) => {
    const answer = answers[channel];
    if (!answer) return Promise.reject(new Error(`unexpected call ${channel}`));
    return Promise.resolve(answer());
  });
  const send = vi.fn<(channel: string, message: unknown) => void>();
  const api: StudioApi = buildStudioApi(
    invoke,
    (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
    send,
  );
  Object.defineProperty(window, 'studio', { value: api, configurable: true });
  return {
    invoke,
    /** One-way messages the page sent (reportDocumentState, answerCloseRequest). */
    send,
    emit: (event: EventChannel, payload: unknown) => listeners.get(event)?.(payload),
  };
}
