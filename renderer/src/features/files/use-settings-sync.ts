import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { getStudio, unwrap } from '../../platform/studio';
import { useUiStore } from '../../state/ui-store';

/**
 * The appearance and vocabulary the user picks are kept in the app database, so that they
 * survive a restart: read once at start, written whenever they change.
 */
export function useSettingsSync(): void {
  useEffect(() => {
    let loaded = false;
    const studio = getStudio();
    unwrap(studio.getSettings())
      .then((settings) => {
        useUiStore.getState().setColorScheme(settings.theme);
        useUiStore.getState().setVocabulary(settings.vocabulary);
      })
      .catch(() => undefined)
      .finally(() => {
        loaded = true;
      });
    return useUiStore.subscribe((state, previous) => {
      // Changes before the stored settings arrived would overwrite them with the defaults.
      if (!loaded) return;
      if (state.colorScheme === previous.colorScheme && state.vocabulary === previous.vocabulary) {
        return;
      }
      unwrap(
        studio.updateSettings({ theme: state.colorScheme, vocabulary: state.vocabulary }),
      ).catch((error: unknown) => {
        notifications.show({
          id: 'settings-not-saved',
          color: 'yellow',
          title: 'Setting not kept',
          message: `${error instanceof Error ? error.message : String(error)} It applies until the app is closed.`,
        });
      });
    });
  }, []);
}
