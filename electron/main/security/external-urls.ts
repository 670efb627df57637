/**
 * Decides which URLs may be handed to the operating system (`shell.openExternal`). Only web
 * pages over https and e-mail addresses qualify; everything else could start a local program.
 */
export function isAllowedExternalUrl(raw: string): boolean {
  // Reject before parsing: the WHATWG parser silently repairs backslashes, tabs and newlines,
  // which is how look-alike URLs sneak past a check on the parsed form.
  if (raw.length === 0 || raw.length > 2048) return false;
  // Invisible format characters (soft hyphen, zero-width space…) would reach the OS as typed.
  if (/[\s\\\p{Cc}\p{Cf}]/u.test(raw)) return false;

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return isPlausibleMailto(url);
  if (url.protocol !== 'https:') return false;
  if (!raw.toLowerCase().startsWith('https://')) return false;
  if (url.username !== '' || url.password !== '') return false;
  return isPlausiblePublicHost(url.hostname);
}

/** Query keys a mail program may be given; `attach=` and the like could leak local files. */
const MAILTO_KEYS = new Set(['subject', 'body', 'cc', 'bcc']);

function isPlausibleMailto(url: URL): boolean {
  let address: string;
  try {
    address = decodeURIComponent(url.pathname);
  } catch {
    return false;
  }
  if ([...url.searchParams.keys()].some((key) => !MAILTO_KEYS.has(key.toLowerCase()))) return false;
  return /^[^@\s/,]+@[^@\s/,]+\.[^@\s/,]+$/u.test(address);
}

function isPlausiblePublicHost(hostname: string): boolean {
  if (!hostname.includes('.') || hostname.endsWith('.localhost')) return false;
  // An IP literal or a punycode (IDN) label is how homograph and look-alike hosts are spelled.
  if (hostname.startsWith('[') || /^\d+(\.\d+){3}$/u.test(hostname)) return false;
  return !hostname.split('.').some((label) => label.startsWith('xn--') || label === '');
}
