/**
 * The one set of Chromium flags, for the CLI's diagram renderer and the E2E harness alike:
 * they work as root in a container with no network (see ENVIRONMENT.md). No sandbox
 * because a root user cannot have one; no GPU, QUIC, first-run page, background networking,
 * component updates or sync, because none of them can reach anything here and each waits.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
