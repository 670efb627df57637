#!/usr/bin/env node
// Regenerates every raster icon from the single master drawing, build/icon.svg.
//
//   node scripts/render-icons.mjs
//
// Chromium (through playwright-core, already a dev dependency) rasterises the SVG
// at each target size, so small sizes are drawn from the vectors rather than
// downscaled from the 1024 px image. Chromium is $CHROMIUM_PATH or Debian's
// /usr/bin/chromium (see scripts/chromium-path.mjs). Backgrounds stay transparent.
//
// Outputs:
//   build/icons/<n>x<n>.png      electron-builder's Linux icon set (linux.icon: build/icons)
//   build/icon.png               1024 px; electron-builder derives .ico / .icns from it
//   resources/icons/icon-256.png the runtime window icon (BrowserWindow `icon`)
//   renderer/public/favicon.png  64 px favicon, copied verbatim by Vite
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_INSTALL_HINT, findChromium } from './chromium-path.mjs';

const repoRoot = resolve(import.meta.dirname, '..');
const sourceSvg = join(repoRoot, 'build/icon.svg');

const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

/** Every file this script writes, with its pixel size (square). */
const ICON_OUTPUTS = [
  ...LINUX_SIZES.map((size) => ({ path: `build/icons/${size}x${size}.png`, size })),
  { path: 'build/icon.png', size: 1024 },
  { path: 'resources/icons/icon-256.png', size: 256 },
  { path: 'renderer/public/favicon.png', size: 64 },
];

/** Chromium flags that work as root in a container with no network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MAX_SIZE = Math.max(...ICON_OUTPUTS.map((output) => output.size));

/** Reads width and height from a PNG's IHDR chunk. */
function pngSize(buffer) {
  const signature = '89504e470d0a1a0a';
  if (buffer.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(`No Chromium was found to render the icons. ${CHROMIUM_INSTALL_HINT}`);
  }
  const svg = readFileSync(sourceSvg);
  const svgUrl = `data:image/svg+xml;base64,${svg.toString('base64')}`;

  const profileDir = mkdtempSync(join(tmpdir(), 'transition-studio-icons-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    args: CHROMIUM_ARGS,
    viewport: { width: MAX_SIZE, height: MAX_SIZE },
    deviceScaleFactor: 1,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // One raster per distinct size; several outputs share a size.
    const rendered = new Map();
    for (const { size } of ICON_OUTPUTS) {
      if (rendered.has(size)) continue;
      await page.setContent(
        '<!doctype html><html><head><style>' +
          'html,body{margin:0;padding:0;background:transparent;overflow:hidden}' +
          'img{display:block}' +
          `</style></head><body><img id="icon" width="${size}" height="${size}" alt=""></body></html>`,
      );
      await page.$eval(
        '#icon',
        (img, src) =>
          new Promise((resolveLoad, rejectLoad) => {
            img.onload = () => resolveLoad(undefined);
            img.onerror = () => rejectLoad(new Error('The SVG did not load.'));
            img.src = src;
          }),
        svgUrl,
      );
      const png = await page.screenshot({
        clip: { x: 0, y: 0, width: size, height: size },
        omitBackground: true,
        type: 'png',
      });
      const actual = pngSize(png);
      if (actual.width !== size || actual.height !== size) {
        throw new Error(`Rendered ${actual.width}x${actual.height}, wanted ${size}x${size}.`);
      }
      rendered.set(size, png);
    }
    for (const { path, size } of ICON_OUTPUTS) {
      const target = join(repoRoot, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, rendered.get(size));
      console.log(`${relative(repoRoot, target)}  ${size}x${size}`);
    }
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

await main();
