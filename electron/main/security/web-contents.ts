import type { Session, WebContents } from 'electron';
import { isAllowedExternalUrl } from './external-urls';

export interface NavigationPolicy {
  /** Origins the app's own pages live on (app://studio, and the dev server in development). */
  appOrigins: readonly string[];
  openExternal: (url: string) => void;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** True when `url` is one of the app's own pages (a reload, or the dev server's HMR reload). */
export function isAppUrl(url: string, appOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  // `new URL('app://studio/x').origin` is the string "null" for non-special schemes.
  if (origin === null) return false;
  if (origin !== 'null') return appOrigins.includes(origin);
  const parsed = new URL(url);
  return appOrigins.includes(`${parsed.protocol}//${parsed.host}`);
}

/**
 * Applied to every webContents the app ever creates (app 'web-contents-created'): no navigation
 * away from the app, no new windows, no <webview>. A link to an allowed https/mailto URL opens in
 * the user's browser or mail program instead.
 */
export function hardenWebContents(contents: WebContents, policy: NavigationPolicy): void {
  const blockNavigation = (event: { preventDefault(): void }, url: string): void => {
    if (isAppUrl(url, policy.appOrigins)) return;
    event.preventDefault();
    if (isAllowedExternalUrl(url)) policy.openExternal(url);
  };
  contents.on('will-navigate', blockNavigation);
  contents.on('will-redirect', blockNavigation);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) policy.openExternal(url);
    return { action: 'deny' };
  });
}

/** The app asks for no permission (camera, notifications, geolocation…); all are refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
