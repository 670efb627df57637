export const APP_TITLE = 'Transition Studio';

/**
 * The window title for the open document. macOS shows unsaved changes in the close button
 * (setDocumentEdited), so its title stays the plain name; elsewhere a dot marks them, as most
 * editors on Windows and Linux do.
 */
export function documentWindowTitle(
  state: { name: string; dirty: boolean },
  platform: NodeJS.Platform,
): string {
  const name = state.name.trim();
  // No document (the start screen): the app's name alone.
  if (name === '') return APP_TITLE;
  const mark = state.dirty && platform !== 'darwin' ? '● ' : '';
  return `${mark}${name} — ${APP_TITLE}`;
}
