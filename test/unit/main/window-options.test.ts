import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_SIZE, mainWindowOptions } from '../../../electron/main/window/options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs', {
    x: 10,
    y: 20,
    width: 1000,
    height: 700,
  });

  it('makes every security-relevant web preference explicit and safe', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('passes the preload path through untouched', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
  });

  it('stays hidden until the page is ready, at the restored bounds', () => {
    expect(options.show).toBe(false);
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
  });

  it('cannot be made smaller than the minimum size', () => {
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width);
    expect(options.minHeight).toBe(MIN_WINDOW_SIZE.height);
    expect(MIN_WINDOW_SIZE.width).toBeGreaterThan(0);
    expect(MIN_WINDOW_SIZE.height).toBeGreaterThan(0);
  });

  it('sets the icon only when one is given', () => {
    expect(options).not.toHaveProperty('icon');
    expect(mainWindowOptions('/p.cjs', {}, '/icons/icon.png').icon).toBe('/icons/icon.png');
  });
});
