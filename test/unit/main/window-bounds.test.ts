import type { Rectangle } from 'electron';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, restoreBounds } from '../../../electron/main/window/bounds';

const FULL_HD: Rectangle = { x: 0, y: 0, width: 1920, height: 1080 };
const fallback = { width: DEFAULT_WINDOW_SIZE.width, height: DEFAULT_WINDOW_SIZE.height };

describe('restoreBounds', () => {
  it('restores a window saved on a display that is still there', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 800 };
    expect(restoreBounds(saved, [FULL_HD])).toEqual(saved);
  });

  it('falls back to the default size, placed by the OS, when the monitor is gone', () => {
    const result = restoreBounds({ x: 3000, y: 100, width: 1200, height: 800 }, [FULL_HD]);
    expect(result).toEqual(fallback);
    expect(result).not.toHaveProperty('x');
    expect(result).not.toHaveProperty('y');
  });

  it('caps a window larger than the work area', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 4000, height: 3000 }, [FULL_HD])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1080,
    });
  });

  it('pulls a title bar slightly above the top of the screen back down', () => {
    const work: Rectangle = { x: 0, y: 25, width: 1920, height: 1055 };
    expect(restoreBounds({ x: 200, y: 20, width: 1000, height: 700 }, [work])).toMatchObject({
      y: 25,
    });
  });

  it('falls back when the title bar is far above every screen', () => {
    expect(restoreBounds({ x: 200, y: -500, width: 1000, height: 700 }, [FULL_HD])).toEqual(
      fallback,
    );
  });

  it.each<[string, Rectangle]>([
    ['NaN x', { x: Number.NaN, y: 0, width: 1000, height: 700 }],
    ['infinite y', { x: 0, y: Number.POSITIVE_INFINITY, width: 1000, height: 700 }],
    ['NaN width', { x: 0, y: 0, width: Number.NaN, height: 700 }],
    ['negative width', { x: 0, y: 0, width: -1000, height: 700 }],
    ['negative height', { x: 0, y: 0, width: 1000, height: -700 }],
    ['zero width', { x: 0, y: 0, width: 0, height: 700 }],
    ['zero height', { x: 0, y: 0, width: 1000, height: 0 }],
  ])('falls back for a saved rectangle with %s', (_what, saved) => {
    expect(restoreBounds(saved, [FULL_HD])).toEqual(fallback);
  });

  it('falls back when nothing was saved', () => {
    expect(restoreBounds(undefined, [FULL_HD])).toEqual(fallback);
  });

  it('falls back when there are no displays', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1200, height: 800 }, [])).toEqual(fallback);
  });

  it('keeps a window on a second monitor to the left of the primary one', () => {
    const left: Rectangle = { x: -1920, y: 0, width: 1920, height: 1040 };
    const saved = { x: -1500, y: 100, width: 1200, height: 800 };
    expect(restoreBounds(saved, [FULL_HD, left])).toEqual(saved);
  });

  it('caps the size to the monitor the window is restored on', () => {
    const small: Rectangle = { x: 1920, y: 0, width: 1280, height: 720 };
    expect(restoreBounds({ x: 2000, y: 0, width: 1600, height: 1000 }, [FULL_HD, small])).toEqual({
      x: 2000,
      y: 0,
      width: 1280,
      height: 720,
    });
  });

  it('does not return the same object as the shared default', () => {
    const first = restoreBounds(undefined, []);
    first.width = 1;
    expect(restoreBounds(undefined, [])).toEqual(fallback);
  });
});
