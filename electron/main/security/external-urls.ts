/**
 * Decides which URLs may be handed to the operating system (`shell.openExternal`). Only web
 * pages over https and e-mail addresses qualify; everything else could start a local program.
 */
export function isAllowedExternalUrl(raw: string): boolean {
  // Reject before parsing: the WHATWG parser silently repairs backslashes, tabs and newlines,
  // which is how look-alike URLs sneak past a check on the parsed form.
  if (raw.length === 0 || raw.length > 2048) return false;
  if (/[\s\\\p{Cc}]/u.test(raw)) return false;

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

function isPlausibleMailto(url: URL): boolean {
  const address = decodeURIComponent(url.pathname);
  return /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/u.test(address);
}

function isPlausiblePublicHost(hostname: string): boolean {
  if (!hostname.includes('.')) return false;
  // An IP literal or a punycode (IDN) label is how homograph and look-alike hosts are spelled.
  if (hostname.startsWith('[') || /^\d+(\.\d+){3}$/u.test(hostname)) return false;
  return !hostname.split('.').some((label) => label.startsWith('xn--') || label === '');
}
