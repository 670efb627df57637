import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  COALESCE_WINDOW_MS,
  isDirty,
  useDocumentStore,
} from '../../renderer/src/state/document-store';
import { redoPlanEdit, undoPlanEdit } from '../../renderer/src/state/history';
import { sampleDocument } from './fake-studio';

const store = () => useDocumentStore.getState();
const history = () => useDocumentStore.temporal.getState();

describe('document store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    store().openDocument(sampleDocument());
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens clean with no undo history', () => {
    expect(isDirty(store())).toBe(false);
    expect(history().pastStates).toHaveLength(0);
  });

  it('records each discrete edit as one undo step and undoes back to clean', () => {
    store().editPlan((plan) => {
      plan.title = 'First';
    });
    store().editPlan((plan) => {
      plan.service.owner = 'Ops';
    });
    expect(isDirty(store())).toBe(true);
    undoPlanEdit();
    expect(store().plan?.title).toBe('First');
    expect(store().plan?.service.owner).not.toBe('Ops');
    undoPlanEdit();
    expect(isDirty(store())).toBe(false);
    redoPlanEdit();
    expect(store().plan?.title).toBe('First');
  });

  it('merges typing in one field into one step, but not after a pause or in another field', () => {
    for (const title of ['A', 'AB', 'ABC']) {
      store().editPlan(
        (plan) => {
          plan.title = title;
        },
        { coalesceKey: 'title' },
      );
      vi.advanceTimersByTime(100);
    }
    expect(history().pastStates).toHaveLength(1);
    vi.advanceTimersByTime(COALESCE_WINDOW_MS + 1);
    store().editPlan(
      (plan) => {
        plan.title = 'ABCD';
      },
      { coalesceKey: 'title' },
    );
    store().editPlan(
      (plan) => {
        plan.service.name = 'X';
      },
      { coalesceKey: 'service.name' },
    );
    expect(history().pastStates).toHaveLength(3);
    undoPlanEdit();
    undoPlanEdit();
    expect(store().plan?.title).toBe('ABC');
  });

  it('ignores edits that change nothing', () => {
    const title = store().plan?.title ?? '';
    store().editPlan((plan) => {
      plan.title = title;
    });
    expect(history().pastStates).toHaveLength(0);
    expect(isDirty(store())).toBe(false);
  });

  it('keeps the history across a save but not across opening another document', () => {
    store().editPlan((plan) => {
      plan.title = 'Saved title';
    });
    const saved = store().plan;
    if (!saved) throw new Error('no plan');
    store().markSaved(
      { kind: 'file', name: 'a.transition', grant: 'g-a', path: '/tmp/a.transition' },
      saved,
    );
    expect(isDirty(store())).toBe(false);
    expect(history().pastStates).toHaveLength(1);
    undoPlanEdit();
    expect(isDirty(store())).toBe(true);
    store().openDocument(sampleDocument());
    expect(history().pastStates).toHaveLength(0);
    expect(history().futureStates).toHaveLength(0);
  });

  it('can open a restored document as unsaved', () => {
    store().openDocument(sampleDocument(), { dirty: true });
    expect(isDirty(store())).toBe(true);
  });
});
