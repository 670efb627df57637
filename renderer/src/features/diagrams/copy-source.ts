import { notifications } from '@mantine/notifications';

/** Copies a diagram's Mermaid source and says so (or says why it could not). */
export async function copyDiagramSource(title: string, source: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(source);
    notifications.show({
      title: 'Mermaid source copied',
      message: `The source of “${title}” is on the clipboard.`,
      color: 'teal',
    });
  } catch {
    notifications.show({
      title: 'Could not copy the source',
      message: 'The clipboard refused it. Export the source as a .mmd file instead.',
      color: 'red',
    });
  }
}
