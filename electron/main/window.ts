import { app, BrowserWindow } from 'electron';
import { PRELOAD_SCRIPT, RENDERER_URL } from './app-files';

/** The one window (or a hidden one to print from): isolated, sandboxed, its only door to the records window.trygg. */
export function createMainWindow(hidden = false): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 800,
    minHeight: 560,
    title: 'Trygg',
    show: false,
    webPreferences: {
      preload: PRELOAD_SCRIPT,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      // On Windows and Linux Chromium would fetch spelling dictionaries from Google's servers;
      // an offline app for clinical records makes no network requests at all.
      spellcheck: false,
      // A shipped app opens no console into a page of clinical records; a developer's build does.
      devTools: !app.isPackaged,
    },
  });
  // Shown once painted, so the clinician never sees a blank white frame.
  if (!hidden) window.once('ready-to-show', () => window.show());
  // From our own scheme (renderer-protocol.ts), never file://; hash routes follow the page's URL.
  void window.loadURL(RENDERER_URL);
  return window;
}
