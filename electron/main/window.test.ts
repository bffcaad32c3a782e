import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';

// Stand-ins for Electron: the options a window is made with, the URL it loads, and the app's packaging.
const made: Array<{ options: BrowserWindowConstructorOptions; loaded: string[] }> = [];
const app = { isPackaged: false };
vi.mock('electron', () => ({
  app,
  BrowserWindow: class {
    readonly loaded: string[] = [];
    constructor(options: BrowserWindowConstructorOptions) {
      made.push({ options, loaded: this.loaded });
    }
    once(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
  },
}));

const { createMainWindow } = await import('./window');

beforeEach(() => {
  made.length = 0;
});

describe('the main window', () => {
  it('is isolated and sandboxed, and loads the renderer from trygg:, not file:', () => {
    createMainWindow();
    const [{ options, loaded }] = made as [(typeof made)[number]];
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    });
    expect(loaded).toEqual(['trygg://app/index.html']);
  });

  it('has DevTools while developing and none in a packaged build', () => {
    app.isPackaged = false;
    createMainWindow();
    app.isPackaged = true;
    createMainWindow();
    expect(made.map((m) => m.options.webPreferences?.devTools)).toEqual([true, false]);
  });
});
