import { isAppLink } from '../../../core/links/app-links';
import type { HandlersFor } from '../ipc/handler-types';
import { isAllowedExternalUrl } from './external-urls';

/** The outside world a link goes to: the browser, and the question put to the user first. */
export interface ExternalLinks {
  open(url: string): Promise<void>;
  /** Asks the user, showing the whole URL; true when they chose to open it. */
  confirm(url: string): Promise<boolean>;
}

/**
 * Opens a link from the page (a click, window.open, or the openExternal channel): the app's
 * own links at once, any other safe-looking web address only after the user saw it in full
 * and agreed. Anything that could start a local program is never opened. True when opened.
 */
export async function openLink(links: ExternalLinks, url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  if (!isAppLink(url) && !(await links.confirm(url))) return false;
  await links.open(url);
  return true;
}

export function createExternalLinkHandlers(links: ExternalLinks): HandlersFor<'openExternal'> {
  return { openExternal: async ({ url }) => ({ opened: await openLink(links, url) }) };
}
