import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  mimeTypeFor,
  resolveAppUrl,
  resolveAssetPath,
  securityHeaders,
} from '../../../electron/main/app-protocol/assets';

const root = resolve('/srv/studio/renderer');

describe('resolveAssetPath', () => {
  it('serves index.html for the root path', () => {
    expect(resolveAssetPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveAssetPath(root, '')).toBe(join(root, 'index.html'));
  });

  it('resolves nested and percent-encoded asset paths inside the root', () => {
    expect(resolveAssetPath(root, '/assets/index-abc.js')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAssetPath(root, '/assets/my%20font.woff2')).toBe(
      join(root, 'assets', 'my font.woff2'),
    );
  });

  it.each([
    '/../secret.txt',
    '/../../etc/passwd',
    '/assets/../../etc/passwd',
    '/%2e%2e%2fetc%2fpasswd',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/assets/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc/passwd',
    '/../renderer-other/index.html',
  ])('refuses to leave the root: %s', (pathname) => {
    expect(resolveAssetPath(root, pathname)).toBeNull();
  });

  it('keeps an absolute-looking path inside the root', () => {
    expect(resolveAssetPath(root, '//etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAssetPath(root, '/%2Fetc%2Fpasswd')).toBe(join(root, 'etc', 'passwd'));
  });

  it.each(['/index.html%00.png', '/index.html\u0000', '/%00'])('refuses a NUL byte: %s', (p) => {
    expect(resolveAssetPath(root, p)).toBeNull();
  });

  it.each(['/%', '/%zz', '/%E0%A4%A'])('refuses bad percent-encoding: %s', (pathname) => {
    expect(resolveAssetPath(root, pathname)).toBeNull();
  });
});

describe('resolveAppUrl', () => {
  it('serves app://studio/ URLs from the root', () => {
    expect(resolveAppUrl(root, APP_ENTRY_URL)).toBe(join(root, 'index.html'));
    expect(resolveAppUrl(root, 'app://studio/')).toBe(join(root, 'index.html'));
    expect(resolveAppUrl(root, 'app://studio/assets/a.css?v=2#x')).toBe(
      join(root, 'assets', 'a.css'),
    );
  });

  it('never resolves outside the root, even with dot segments in the URL', () => {
    const target = resolveAppUrl(root, 'app://studio/../../etc/passwd');
    expect(target === null || target.startsWith(root)).toBe(true);
    expect(resolveAppUrl(root, 'app://studio/%2e%2e%2f%2e%2e%2fetc/passwd')).toBeNull();
  });

  it.each([
    'app://evil/',
    'app://evil/index.html',
    'app://studio.evil/index.html',
    'app://studio:8080/index.html',
    'file:///etc/passwd',
    'file:///',
    'https://studio/',
    'http://studio/index.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(resolveAppUrl(root, url)).toBeNull();
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/u);
      return [name, values] as const;
    }),
  );

  it('allows scripts from the app only', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('forbids plugins and eval', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('falls back to self for anything unlisted', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });
});

describe('securityHeaders', () => {
  it('sets the content type, nosniff and the CSP', () => {
    const headers = securityHeaders('text/css; charset=utf-8');
    expect(headers['Content-Type']).toBe('text/css; charset=utf-8');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['main.js', 'text/javascript; charset=utf-8'],
    ['APP.JS', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['index.html', 'text/html; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['archive.tar.gz', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(mimeTypeFor(join(root, file))).toBe(type);
  });
});

describe('resolveAssetPath, edge cases found in review', () => {
  it('never resolves to the root folder itself', () => {
    const root = resolve('/srv/renderer');
    expect(resolveAssetPath(root, '/.')).toBeNull();
    expect(resolveAssetPath(root, '/assets/..')).toBeNull();
  });
});
