import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../electron/main/security/external-urls';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://example.com',
    'https://example.com/docs/page?q=1#top',
    'https://sub.example.co.uk:8443/path',
    'HTTPS://EXAMPLE.COM/Upper',
    'mailto:someone@example.com',
    'mailto:someone@example.com?subject=Hello',
  ])('opens %s in the browser or mail program', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['a local file', 'file:///etc/passwd'],
    ['a script', 'javascript:alert(1)'],
    ['a settings page handler', 'ms-settings:'],
    ['a protocol-relative URL', '//evil.com'],
    ['plain http', 'http://example.com'],
    ['credentials that disguise the real host', 'https://trusted.com@evil.com'],
    ['a punycode (IDN) host', 'https://xn--exmple-cua.com'],
    ['a host with a Cyrillic look-alike letter', 'https://ex\u0430mple.com'],
    ['an IPv4 literal', 'https://127.0.0.1'],
    ['an IPv4 literal in hex', 'https://0x7f.0.0.1'],
    ['an IPv4 literal as one number', 'https://2130706433'],
    ['an IPv6 literal', 'https://[::1]'],
    ['localhost', 'https://localhost'],
    ['a host ending in a dot', 'https://localhost.'],
    ['a Windows share', 'smb://host/share'],
    ['VBScript', 'vbscript:msgbox(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a mailto without an address', 'mailto:'],
    ['a mailto with two addresses', 'mailto:a@example.com,b@example.com'],
    ['https without slashes', 'https:example.com'],
  ])('refuses %s (%s)', (_what, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it.each([
    ['a backslash', 'https://example.com\\@evil.com'],
    ['a backslash instead of slashes', 'https:\\\\evil.com'],
    ['a tab', 'https://exa\tmple.com'],
    ['a newline', 'https://example.com/\nfile:///etc/passwd'],
    ['a carriage return', 'https://example.com/\r'],
    ['a NUL byte', 'https://example.com/\u0000'],
    ['a DEL character', 'https://example.com/\u007f'],
    ['a C1 control character', 'https://example.com/\u0085'],
    ['a space', 'https://example.com/ x'],
    ['leading whitespace', ' https://example.com'],
  ])('refuses a URL containing %s before the parser can repair it', (_what, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses the empty string', () => {
    expect(isAllowedExternalUrl('')).toBe(false);
  });

  it('accepts 2048 characters and refuses anything longer', () => {
    const base = 'https://example.com/';
    const atLimit = base + 'a'.repeat(2048 - base.length);
    expect(atLimit).toHaveLength(2048);
    expect(isAllowedExternalUrl(atLimit)).toBe(true);
    expect(isAllowedExternalUrl(atLimit + 'a')).toBe(false);
  });
});

describe('isAllowedExternalUrl, edge cases found in review', () => {
  it.each([
    'mailto:%E0%A4%A@x.com',
    'mailto:a@b.com?attach=/etc/passwd',
    'https://exa\u00admple.com',
    'https://example.com\u200b',
    'https://foo.localhost/',
  ])('refuses %s without throwing', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('still allows a mailto with a subject and body', () => {
    expect(isAllowedExternalUrl('mailto:ops@example.com?subject=Go-live&body=Hello')).toBe(true);
  });
});
