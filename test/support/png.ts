import { inflateSync } from 'node:zlib';

/** A decoded PNG: 8-bit RGB or RGBA, non-interlaced (what Chromium's canvas encoder writes). */
export interface DecodedPng {
  width: number;
  height: number;
  channels: 3 | 4;
  pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function hasPngSignature(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 8)).equals(SIGNATURE);
}

/** Width and height from the IHDR chunk, without decoding the pixels. */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes);
  if (!hasPngSignature(buffer) || buffer.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Decodes the pixels (zlib inflate, then PNG's per-row filters undone). */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const buffer = Buffer.from(bytes);
  const { width, height } = pngDimensions(buffer);
  const bitDepth = buffer[24];
  const colourType = buffer[25];
  const interlace = buffer[28];
  if (bitDepth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) {
    throw new Error(
      `unsupported PNG (depth ${String(bitDepth)}, colour type ${String(colourType)})`,
    );
  }
  const channels = colourType === 6 ? 4 : 3;
  const data: Buffer[] = [];
  for (let offset = 8; offset < buffer.length;) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') data.push(buffer.subarray(offset + 8, offset + 8 + length));
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? (pixels[out + x - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[out - stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[out - stride + x - channels] ?? 0) : 0;
      const value = row[x] ?? 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = left;
          break;
        case 2:
          predicted = up;
          break;
        case 3:
          predicted = (left + up) >> 1;
          break;
        case 4:
          predicted = paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`bad PNG filter ${String(filter)}`);
      }
      pixels[out + x] = (value + predicted) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** RGBA of one pixel (alpha 255 for RGB images). */
export function pixelAt(png: DecodedPng, x: number, y: number): [number, number, number, number] {
  const at = (y * png.width + x) * png.channels;
  const p = png.pixels;
  return [p[at] ?? 0, p[at + 1] ?? 0, p[at + 2] ?? 0, png.channels === 4 ? (p[at + 3] ?? 0) : 255];
}

/** How many different RGBA values the image has (every pixel counted). */
export function distinctColours(png: DecodedPng): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.width * png.height; i += 1) {
    const at = i * png.channels;
    const p = png.pixels;
    seen.add(
      ((p[at] ?? 0) << 24) |
        ((p[at + 1] ?? 0) << 16) |
        ((p[at + 2] ?? 0) << 8) |
        (png.channels === 4 ? (p[at + 3] ?? 0) : 255),
    );
  }
  return seen.size;
}

export function corners(png: DecodedPng): [number, number, number, number][] {
  const right = png.width - 1;
  const bottom = png.height - 1;
  return [
    pixelAt(png, 0, 0),
    pixelAt(png, right, 0),
    pixelAt(png, 0, bottom),
    pixelAt(png, right, bottom),
  ];
}
