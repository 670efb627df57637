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

/**
 * The app asks for no permission (camera, notifications, geolocation…); all are refused, except
 * writing text to the clipboard ("Copy source") from the top frame of the app's own pages.
 * Reading the clipboard stays refused.
 */
export function denyAllPermissions(session: Session, appOrigins: readonly string[] = []): void {
  const clipboardWrite = (permission: string, url: string | undefined, mainFrame: boolean) =>
    permission === 'clipboard-sanitized-write' &&
    mainFrame &&
    url !== undefined &&
    isAppUrl(url, appOrigins);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(clipboardWrite(permission, details.requestingUrl, details.isMainFrame));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    clipboardWrite(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame),
  );
  session.setDevicePermissionHandler(() => false);
}
