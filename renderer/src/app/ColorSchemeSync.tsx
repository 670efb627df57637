import { useMantineColorScheme } from '@mantine/core';
import { useEffect } from 'react';
import { useUiStore } from '../state/ui-store';

/** Applies the appearance setting (system, light or dark) to Mantine. */
export function ColorSchemeSync() {
  const preference = useUiStore((s) => s.colorScheme);
  const { setColorScheme } = useMantineColorScheme();
  useEffect(() => {
    setColorScheme(preference === 'system' ? 'auto' : preference);
  }, [preference, setColorScheme]);
  return null;
}
