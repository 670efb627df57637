import { DiagramRenderError } from './render-errors';
import type { StandaloneSvg } from './standalone-svg';

/** Chromium refuses canvases past these (per side and in area); say so before trying. */
const MAX_CANVAS_SIDE = 32_767;
const MAX_CANVAS_AREA = 16_384 * 16_384;

export interface PngImage {
  blob: Blob;
  width: number;
  height: number;
}

/** The pixel size of a PNG of `image` at `scale`. */
export function pngSize(image: Pick<StandaloneSvg, 'width' | 'height'>, scale: number) {
  return {
    width: Math.max(1, Math.round(image.width * scale)),
    height: Math.max(1, Math.round(image.height * scale)),
  };
}

/**
 * Draws a standalone SVG whose width/height are already scaled onto a canvas and encodes it.
 * The SVG goes in as a data: URL with no foreignObject, so the canvas is never tainted; a
 * canvas that came out a single colour is refused rather than saved blank.
 */
export async function svgToPng(scaledSvg: StandaloneSvg, scale: number): Promise<PngImage> {
  const { width, height } = pngSize(scaledSvg, scale);
  if (width > MAX_CANVAS_SIDE || height > MAX_CANVAS_SIDE || width * height > MAX_CANVAS_AREA) {
    throw new DiagramRenderError(
      'too-big-for-image',
      `At ${String(scale)}× this diagram would be ${String(width)} × ${String(height)} pixels, more than an image can hold here. Choose a smaller scale, or export SVG.`,
    );
  }
  const image = await loadSvgImage(scaledSvg.svg);
  assertNotBlank(image);
  const canvas = drawOnCanvas(image, width, height);
  const blob = await encodePng(canvas);
  return { blob, width, height };
}

export async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  try {
    await image.decode();
  } catch {
    throw new DiagramRenderError('failed', 'The browser could not read the drawing as an image.');
  }
  return image;
}

export function drawOnCanvas(
  image: CanvasImageSource,
  width: number,
  height: number,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) {
    throw new DiagramRenderError(
      'too-big-for-image',
      'The browser could not make an image that big.',
    );
  }
  context.drawImage(image, 0, 0, width, height);
  return canvas;
}

export function encodePng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    try {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new DiagramRenderError('failed', 'The browser could not encode the PNG.'));
      }, 'image/png');
    } catch {
      // A tainted canvas throws SecurityError; our inputs never taint, but say it plainly.
      reject(new DiagramRenderError('unsafe', 'The browser refused to export this drawing.'));
    }
  });
}

/**
 * The drawing, rasterised as a thumbnail, must show more than one colour. Probing the image
 * rather than the full-size canvas costs ~1 ms instead of ~15 ms for a 2× export.
 */
export function assertNotBlank(image: CanvasImageSource): void {
  const side = 64;
  const probe = document.createElement('canvas');
  probe.width = side;
  probe.height = side;
  const context = probe.getContext('2d', { willReadFrequently: true });
  if (!context) return;
  context.drawImage(image, 0, 0, side, side);
  const pixels = new Uint32Array(context.getImageData(0, 0, side, side).data.buffer);
  const first = pixels[0];
  if (pixels.every((pixel) => pixel === first)) {
    throw new DiagramRenderError('blank', 'The image came out blank, so it was not exported.');
  }
}

/** Base64 of a blob, for the IPC transport (JSON in the tests, so no binary). */
export function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => {
      reject(new DiagramRenderError('failed', 'The PNG could not be read for saving.'));
    };
    reader.readAsDataURL(blob);
  });
}
