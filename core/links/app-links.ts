/**
 * The app's own links: the only addresses `openExternal` opens without asking. Compared as
 * whole strings, so `https://evil.example#@transition-studio.example` or a look-alike host
 * never passes for one of them. Any other web address is shown to the user in full first.
 */
export const APP_LINKS: readonly string[] = [
  'https://transition-studio.example/',
  'https://transition-studio.example/docs/',
  'https://transition-studio.example/docs/security/',
  'https://transition-studio.example/support/',
];

export function isAppLink(url: string): boolean {
  return APP_LINKS.includes(url);
}
