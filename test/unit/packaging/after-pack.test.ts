import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type * as Fuses from '@electron/fuses';
import { afterAll, describe, expect, it, vi } from 'vitest';

const require = createRequire(import.meta.url);
const repoRoot = resolve(import.meta.dirname, '../../..');

interface PackContextLike {
  electronPlatformName: string;
  appOutDir: string;
  arch?: number | string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

interface AfterPackModule {
  default: (context: PackContextLike) => Promise<void>;
  electronExecutablePath: (context: PackContextLike) => string;
  fuseConfig: (platform: string, arch: number | string) => Fuses.FuseV1Config;
}

/** The parts of electron-builder.yml the tests read. */
interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string; buildResources?: string };
  files?: string[];
  asar?: boolean;
  afterPack?: string;
  electronFuses?: unknown;
  fileAssociations?: {
    ext?: string;
    name?: string;
    description?: string;
    mimeType?: string;
    role?: string;
  }[];
  linux?: { target?: string[]; category?: string; icon?: string };
  deb?: Record<string, unknown>;
  nsis?: { perMachine?: boolean; oneClick?: boolean; allowToChangeInstallationDirectory?: boolean };
  win?: { target?: string[] };
  mac?: { target?: string[]; category?: string };
}

const hook = require('../../../build/after-pack.cjs') as AfterPackModule;
const { FuseV1Options, FuseVersion, getCurrentFuseWire } =
  require('@electron/fuses') as typeof Fuses;
const yaml = require('js-yaml') as { load: (text: string) => unknown };

/** electron-builder's Arch enum values (builder-util). */
const Arch = { ia32: 0, x64: 1, armv7l: 2, arm64: 3, universal: 4 } as const;

/** The seven fuses every packaged build flips, and nothing else. */
const EXPECTED_FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

function context(electronPlatformName: string, appOutDir: string): PackContextLike {
  return {
    electronPlatformName,
    appOutDir,
    arch: Arch.x64,
    packager: {
      appInfo: { productFilename: 'Transition Studio' },
      executableName: 'transition-studio',
    },
  };
}

describe('afterPack: Electron executable path', () => {
  it('is the .app bundle on macOS', () => {
    expect(hook.electronExecutablePath(context('darwin', '/dist/mac-arm64'))).toBe(
      join('/dist/mac-arm64', 'Transition Studio.app'),
    );
    expect(hook.electronExecutablePath(context('mas', '/dist/mas'))).toBe(
      join('/dist/mas', 'Transition Studio.app'),
    );
  });

  it('is the product-named .exe on Windows', () => {
    expect(hook.electronExecutablePath(context('win32', '/dist/win-unpacked'))).toBe(
      join('/dist/win-unpacked', 'Transition Studio.exe'),
    );
  });

  it("is the Linux packager's executableName on Linux", () => {
    expect(hook.electronExecutablePath(context('linux', '/dist/linux-unpacked'))).toBe(
      join('/dist/linux-unpacked', 'transition-studio'),
    );
  });

  it('refuses platforms it does not know, and a Linux packager with no executable name', () => {
    expect(() => hook.electronExecutablePath(context('freebsd', '/dist/x'))).toThrow(/freebsd/);
    const noName = context('linux', '/dist/linux-unpacked');
    delete noName.packager.executableName;
    expect(() => hook.electronExecutablePath(noName)).toThrow(/executableName/);
  });
});

describe('afterPack: fuse configuration', () => {
  it.each([
    ['linux', Arch.x64],
    ['linux', Arch.arm64],
    ['win32', Arch.x64],
    ['win32', Arch.arm64],
    ['darwin', Arch.x64],
  ])('sets exactly the seven fuses on %s arch %i, without ad-hoc re-signing', (platform, arch) => {
    expect(hook.fuseConfig(platform, arch)).toStrictEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: false,
      ...EXPECTED_FUSES,
    });
  });

  it.each([
    ['darwin', Arch.arm64],
    ['darwin', 'arm64'],
    ['darwin', Arch.universal],
    ['mas', Arch.arm64],
  ])('re-signs ad hoc on %s arch %s, where the binary has an arm64 slice', (platform, arch) => {
    expect(hook.fuseConfig(platform, arch)).toStrictEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: true,
      ...EXPECTED_FUSES,
    });
  });

  it('leaves the fuses this project does not choose at their Electron defaults', () => {
    const config = hook.fuseConfig('linux', Arch.x64);
    expect(config).not.toHaveProperty(String(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot));
    expect(config.strictlyRequireAllFuses).toBeUndefined();
  });
});

describe('afterPack hook on a stand-in Electron binary', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const ENABLE = 49;
  const DISABLE = 48;
  const workDir = mkdtempSync(join(tmpdir(), 'after-pack-test-'));
  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it('flips the fuse wire in the packaged executable', async () => {
    // A fuse wire as Electron lays it out: sentinel, wire version 1, length, one byte per fuse.
    // Nine fuses, one more than @electron/fuses 1.8 knows, as a newer Electron could have.
    const wire = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE, ENABLE];
    const wireStart = 32 + SENTINEL.length + 2;
    const binary = Buffer.concat([
      Buffer.alloc(32),
      Buffer.from(SENTINEL),
      Buffer.from([1, wire.length, ...wire]),
      Buffer.alloc(32),
    ]);
    const executable = join(workDir, 'transition-studio');
    writeFileSync(executable, binary);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);

    await hook.default(context('linux', workDir));

    log.mockRestore();
    const after = await getCurrentFuseWire(executable);
    expect(after[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(after[FuseV1Options.EnableCookieEncryption]).toBe(ENABLE);
    expect(after[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(after[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(after[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
    expect(after[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
    // Untouched: Electron's own defaults stay, including the fuse @electron/fuses does not know.
    expect(after[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(DISABLE);
    expect(after[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
    expect(readFileSync(executable)[wireStart + 8]).toBe(ENABLE);
  });

  it('fails the build when the executable has no fuse wire', async () => {
    const dir = mkdtempSync(join(workDir, 'no-wire-'));
    writeFileSync(join(dir, 'Transition Studio.exe'), Buffer.alloc(256));
    await expect(hook.default(context('win32', dir))).rejects.toThrow(/sentinel/i);
  });
});

describe('electron-builder.yml', () => {
  const config = yaml.load(
    readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8'),
  ) as BuilderConfig;

  it('names the app and keeps build resources apart from the output', () => {
    expect(config.appId).toBe('com.transitionstudio.app');
    expect(config.productName).toBe('Transition Studio');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(
      expect.arrayContaining(['out/**', 'resources/**', 'package.json']),
    );
    expect(config.files).toContain('!**/*.map');
  });

  it('associates .transition plans with the app as their editor', () => {
    expect(config.fileAssociations).toContainEqual({
      ext: 'transition',
      name: 'Transition Studio plan',
      description: 'Transition Studio plan',
      mimeType: 'application/vnd.transition-studio.plan+json',
      role: 'Editor',
    });
  });

  it('installs per machine with NSIS, so the file association registers', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({
      perMachine: true,
      oneClick: false,
      allowToChangeInstallationDirectory: true,
    });
  });

  it('ships an AppImage and a deb in the Office category, and a dmg', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.deb?.category ?? config.linux?.category).toBe('Office');
    expect(config.linux?.icon).toBe('build/icons');
    expect(config.mac).toEqual({
      target: ['dmg'],
      category: 'public.app-category.productivity',
    });
  });

  it('flips the fuses in the afterPack hook, not through electronFuses', () => {
    expect(config.afterPack).toBe('build/after-pack.cjs');
    expect(config.electronFuses).toBeUndefined();
  });
});

describe('icons', () => {
  /** Width and height from a PNG's IHDR chunk. */
  function pngSize(path: string): [number, number] {
    const png = readFileSync(join(repoRoot, path));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  }

  it.each([16, 32, 48, 64, 128, 256, 512, 1024])(
    'has the %ipx Linux icon electron-builder looks for in build/icons',
    (size) => {
      expect(pngSize(`build/icons/${size}x${size}.png`)).toEqual([size, size]);
    },
  );

  it('has the 1024px source icon, the runtime window icon and the favicon', () => {
    expect(pngSize('build/icon.png')).toEqual([1024, 1024]);
    expect(pngSize('resources/icons/icon-256.png')).toEqual([256, 256]);
    expect(pngSize('renderer/public/favicon.png')).toEqual([64, 64]);
  });
});
