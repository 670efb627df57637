import { accessSync, constants } from 'node:fs';

/** Where to look for a Chromium, in order: $CHROMIUM_PATH, then Debian's and other usual paths. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const CHROMIUM_INSTALL_HINT =
  'Install Debian\'s Chromium with "sudo apt-get update && sudo apt-get install -y chromium", ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** @returns {string | undefined} */
export function findChromium(env = process.env) {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) return isExecutable(explicit) ? explicit : undefined;
  return CHROMIUM_CANDIDATES.find(isExecutable);
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
