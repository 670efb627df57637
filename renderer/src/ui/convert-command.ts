import { notifications } from '@mantine/notifications';
import { convertOpenPlan } from '../state/conversion';
import { useUiStore } from '../state/ui-store';

/** Convert, from the button, the menu or the shortcut: run it and show the review. */
export function runConvertCommand(): void {
  const last = convertOpenPlan();
  if (!last) return;
  const { unmapped, changes } = last.result;
  useUiStore.getState().showSection('review');
  const streams = changes.streamsAdded.length + changes.streamsKept.length;
  notifications.show({
    title: last.reconverted ? 'Plan re-converted' : 'Plan converted',
    message:
      `${streams} ${streams === 1 ? 'stream' : 'streams'}` +
      (unmapped.length === 0
        ? '; every item is traced to a stream.'
        : `; ${unmapped.length} ${unmapped.length === 1 ? 'item is' : 'items are'} in no stream yet.`),
    color: unmapped.length === 0 ? 'teal' : 'yellow',
  });
}
