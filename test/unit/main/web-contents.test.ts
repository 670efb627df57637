import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  denyAllPermissions,
  hardenWebContents,
  isAppUrl,
} from '../../../electron/main/security/web-contents';

type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];
type WindowOpenDetails = Parameters<WindowOpenHandler>[0];

const APP_ORIGINS = ['app://studio'] as const;

function hardenedContents() {
  const emitter = new EventEmitter();
  const setWindowOpenHandler = vi.fn<(handler: WindowOpenHandler) => void>();
  const contents = Object.assign(emitter, { setWindowOpenHandler });
  const openExternal = vi.fn<(url: string) => void>();
  hardenWebContents(contents as unknown as WebContents, { appOrigins: APP_ORIGINS, openExternal });

  const emit = (eventName: string, url: string) => {
    const event = { preventDefault: vi.fn() };
    emitter.emit(eventName, event, url);
    return event;
  };
  const openWindow = (url: string) => {
    const handler = setWindowOpenHandler.mock.calls[0]?.[0];
    if (!handler) throw new Error('no window open handler was installed');
    return handler({ url } as unknown as WindowOpenDetails);
  };
  return { emit, openWindow, openExternal, setWindowOpenHandler };
}

describe('isAppUrl', () => {
  it('recognises pages of the app scheme', () => {
    expect(isAppUrl('app://studio/index.html', APP_ORIGINS)).toBe(true);
    expect(isAppUrl('app://studio/assets/a.js?v=1#x', APP_ORIGINS)).toBe(true);
  });

  it('recognises the dev server by its origin', () => {
    const origins = ['app://studio', 'http://localhost:5173'];
    expect(isAppUrl('http://localhost:5173/src/main.tsx', origins)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', origins)).toBe(false);
  });

  it.each([
    'app://evil/index.html',
    'app://studio.evil.com/index.html',
    'app://studio:81/index.html',
    'https://studio/index.html',
    'file:///index.html',
    'https://example.com',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, APP_ORIGINS)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])('%s within the app is allowed', (name) => {
    const { emit, openExternal } = hardenedContents();
    const event = emit(name, 'app://studio/index.html');
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-redirect'])(
    '%s to a web page is stopped and the page opens in the browser',
    (name) => {
      const { emit, openExternal } = hardenedContents();
      const event = emit(name, 'https://example.com/');
      expect(event.preventDefault).toHaveBeenCalledOnce();
      expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/');
    },
  );

  it.each([
    ['will-navigate', 'file:///x'],
    ['will-navigate', 'javascript:alert(1)'],
    ['will-navigate', 'http://example.com/'],
    ['will-navigate', 'app://evil/index.html'],
    ['will-redirect', 'file:///etc/passwd'],
    ['will-redirect', 'smb://host/share'],
  ])('%s to %s is stopped and nothing is opened', (name, url) => {
    const { emit, openExternal } = hardenedContents();
    const event = emit(name, url);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('never lets a <webview> attach', () => {
    const { emit } = hardenedContents();
    const event = emit('will-attach-webview', 'app://studio/index.html');
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies every new window and opens only allowed URLs externally', () => {
    const { openWindow, openExternal, setWindowOpenHandler } = hardenedContents();
    expect(setWindowOpenHandler).toHaveBeenCalledOnce();
    for (const url of [
      'https://example.com/',
      'mailto:someone@example.com',
      'app://studio/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'about:blank',
    ]) {
      expect(openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([
      ['https://example.com/'],
      ['mailto:someone@example.com'],
    ]);
  });
});

describe('denyAllPermissions', () => {
  type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
  type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
  type DeviceHandler = NonNullable<Parameters<Session['setDevicePermissionHandler']>[0]>;

  function deniedSession() {
    const fake = {
      setPermissionRequestHandler: vi.fn<(handler: RequestHandler | null) => void>(),
      setPermissionCheckHandler: vi.fn<(handler: CheckHandler | null) => void>(),
      setDevicePermissionHandler: vi.fn<(handler: DeviceHandler | null) => void>(),
    };
    denyAllPermissions(fake as unknown as Session, APP_ORIGINS);
    const pick = <H>(calls: (H | null)[][]): H => {
      const handler = calls[0]?.[0];
      if (!handler) throw new Error('handler not installed');
      return handler;
    };
    return {
      request: pick(fake.setPermissionRequestHandler.mock.calls),
      check: pick(fake.setPermissionCheckHandler.mock.calls),
      device: pick(fake.setDevicePermissionHandler.mock.calls),
    };
  }

  it.each(['media', 'notifications', 'geolocation', 'openExternal', 'fullscreen'] as const)(
    'refuses a request for %s',
    (permission) => {
      const { request } = deniedSession();
      const callback = vi.fn<(granted: boolean) => void>();
      request(
        {} as unknown as WebContents,
        permission,
        callback,
        {} as unknown as Parameters<RequestHandler>[3],
      );
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers every permission check with false', () => {
    const { check } = deniedSession();
    for (const permission of ['media', 'notifications', 'geolocation', 'hid'] as const) {
      expect(
        check(null, permission, 'app://studio', {} as unknown as Parameters<CheckHandler>[3]),
      ).toBe(false);
    }
  });

  it('lets only the app’s own top frame write text to the clipboard, and never read it', () => {
    const { request, check } = deniedSession();
    const asked = (permission: string, requestingUrl: string, isMainFrame: boolean) => {
      const callback = vi.fn<(granted: boolean) => void>();
      request({} as unknown as WebContents, permission as Parameters<RequestHandler>[1], callback, {
        requestingUrl,
        isMainFrame,
      });
      return callback.mock.calls[0]?.[0];
    };
    expect(asked('clipboard-sanitized-write', 'app://studio/index.html', true)).toBe(true);
    expect(asked('clipboard-sanitized-write', 'app://studio/index.html', false)).toBe(false);
    expect(asked('clipboard-sanitized-write', 'https://example.com/', true)).toBe(false);
    expect(asked('clipboard-read', 'app://studio/index.html', true)).toBe(false);
    const checked = (permission: string, origin: string) =>
      check(null, permission as Parameters<CheckHandler>[1], origin, {
        isMainFrame: true,
      });
    expect(checked('clipboard-sanitized-write', 'app://studio')).toBe(true);
    expect(checked('clipboard-sanitized-write', 'https://example.com')).toBe(false);
    expect(checked('clipboard-read', 'app://studio')).toBe(false);
  });

  it('refuses every device', () => {
    const { device } = deniedSession();
    expect(device({} as unknown as Parameters<DeviceHandler>[0])).toBe(false);
  });
});
