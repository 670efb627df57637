// electron-builder afterPack hook: flips Electron's fuses on the packaged executable.
//
// Fuses are switches compiled into the Electron binary. Flipping them here, rather than
// through electron-builder's `electronFuses` option, keeps the exact @electron/fuses
// version this project pins (1.8) and lets the unit tests check the configuration
// (test/unit/packaging/after-pack.test.ts). afterPack runs after the app is copied into
// appOutDir and before electron-builder signs it, which is the order fuses need: a signature
// made before the flip would no longer match the binary.
//
// CommonJS on purpose: electron-builder loads hooks with require(), and the project's
// package.json is "type": "module".
'use strict';

const path = require('node:path');
const { flipFuses, getCurrentFuseWire, FuseVersion, FuseV1Options } = require('@electron/fuses');
// Not re-exported from the package root in 1.8; the package has no "exports" map.
const { FuseState } = require('@electron/fuses/dist/constants');

/** builder-util's `Arch` enum, by value: context.arch is the number. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/**
 * The fuse settings for every packaged build; fuses not listed keep Electron's defaults.
 * @type {ReadonlyArray<readonly [import('@electron/fuses').FuseV1Options, boolean]>}
 */
const FUSE_SETTINGS = [
  // No ELECTRON_RUN_AS_NODE: the app binary cannot be used as a plain Node.js.
  [FuseV1Options.RunAsNode, false],
  // No NODE_OPTIONS: the environment cannot inject code or flags into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
  // No --inspect / --inspect-brk: a debugger cannot be attached to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments, false],
  // Load the app only from resources/app.asar, never from a loose resources/app folder.
  [FuseV1Options.OnlyLoadAppFromAsar, true],
  // Check app.asar against the hash electron-builder embeds (Info.plist on macOS, a
  // resource in the .exe on Windows); together with the fuse above, edited code will not load.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
  // Encrypt the cookie store at rest with the OS keychain / keyring.
  [FuseV1Options.EnableCookieEncryption, true],
  // The renderer is served from app://studio, so file:// pages need no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges, false],
];

/** @param {number | string} arch */
function archName(arch) {
  if (typeof arch === 'string') return arch;
  const name = ARCH_NAMES[arch];
  if (name === undefined) throw new Error(`Unknown electron-builder arch: ${String(arch)}`);
  return name;
}

/**
 * The file @electron/fuses must patch, for the packaged app in context.appOutDir.
 * macOS gets the .app bundle (the fuses live in its Electron Framework, which
 * @electron/fuses finds from the bundle path); Windows and Linux get the executable.
 * Mirrors electron-builder's own PlatformPackager.addElectronFuses.
 *
 * @param {{
 *   electronPlatformName: string,
 *   appOutDir: string,
 *   packager: { appInfo: { productFilename: string }, executableName?: string },
 * }} context electron-builder's AfterPackContext (only these fields are read)
 * @returns {string}
 */
function electronExecutablePath(context) {
  const { electronPlatformName, appOutDir, packager } = context;
  const { productFilename } = packager.appInfo;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    case 'linux': {
      // LinuxPackager names the binary linux.executableName, or the lower-cased package name.
      const { executableName } = packager;
      if (!executableName) throw new Error('The Linux packager has no executableName.');
      return path.join(appOutDir, executableName);
    }
    default:
      throw new Error(`No Electron executable path for platform "${electronPlatformName}".`);
  }
}

/**
 * The @electron/fuses configuration for a packaged build.
 *
 * @param {string} platform context.electronPlatformName: 'darwin', 'mas', 'win32' or 'linux'
 * @param {number | string} arch context.arch (builder-util's Arch enum) or its name
 * @returns {import('@electron/fuses').FuseV1Config}
 */
function fuseConfig(platform, arch) {
  const isMac = platform === 'darwin' || platform === 'mas';
  const name = archName(arch);
  /** @type {import('@electron/fuses').FuseV1Config} */
  const config = {
    version: FuseVersion.V1,
    // Patching the binary breaks the ad-hoc signature every Apple-silicon Electron ships
    // with, and an arm64 Mac refuses to launch code with a broken signature, so re-sign
    // ad hoc (a universal build has an arm64 slice). Real signing happens afterwards.
    resetAdHocDarwinSignature: isMac && (name === 'arm64' || name === 'universal'),
  };
  for (const [fuse, enabled] of FUSE_SETTINGS) config[fuse] = enabled;
  return config;
}

/** @param {import('@electron/fuses').FuseV1Config} config @param {string} executable */
async function verifyFuses(config, executable) {
  const wire = await getCurrentFuseWire(executable);
  const wrong = FUSE_SETTINGS.filter(([fuse]) => {
    const want = config[fuse] ? FuseState.ENABLE : FuseState.DISABLE;
    return wire[fuse] !== want;
  }).map(([fuse]) => FuseV1Options[fuse]);
  if (wrong.length > 0) {
    throw new Error(`Fuses not set as configured in ${executable}: ${wrong.join(', ')}`);
  }
}

/** @param {import('app-builder-lib').AfterPackContext} context */
async function afterPack(context) {
  const executable = electronExecutablePath(context);
  const config = fuseConfig(context.electronPlatformName, context.arch);
  // Resolves to the number of fuse wires patched: 2 in a universal macOS binary, else 1.
  const wires = await flipFuses(executable, config);
  await verifyFuses(config, executable);
  console.log(
    `  • flipped ${FUSE_SETTINGS.length} Electron fuses  file=${executable} wires=${wires}` +
      (config.resetAdHocDarwinSignature ? ' (ad-hoc re-signed)' : ''),
  );
}

exports.default = afterPack;
exports.electronExecutablePath = electronExecutablePath;
exports.fuseConfig = fuseConfig;
