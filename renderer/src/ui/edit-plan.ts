import type { Draft } from 'immer';
import type { Plan } from '../../../core/plan/schema';
import { useDocumentStore } from '../state/document-store';

/**
 * One edit of the open plan. Typing passes the field's path as `coalesceKey`, so a burst of
 * keystrokes in one field is one undo step; discrete edits (add, remove, move) pass none.
 */
export function editPlan(
  recipe: (draft: Draft<Plan>) => void,
  coalesceKey?: string,
  label?: string,
): void {
  useDocumentStore.getState().editPlan(recipe, {
    ...(coalesceKey === undefined ? {} : { coalesceKey }),
    ...(label === undefined ? {} : { label }),
  });
}

/**
 * Writes an optional text field, removing it when emptied: a cleared field reads as "not
 * written", and the saved file gains no empty strings the user never meant to keep.
 */
export function setOptionalText<T extends object>(
  target: T,
  key: keyof T & string,
  value: string,
): void {
  if (value === '') Reflect.deleteProperty(target, key);
  else (target as Record<string, unknown>)[key] = value;
}
