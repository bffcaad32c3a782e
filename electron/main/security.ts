import type { Session, WebContents } from 'electron';
import { isRendererFile, isRendererPage } from './app-files';

// Schemes a page of ours may load besides the renderer's own files. devtools: keeps DevTools working.
const INLINE_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

function mayLoad(url: string): boolean {
  return isRendererFile(url) || INLINE_SCHEMES.has(url.slice(0, url.indexOf(':') + 1));
}

/**
 * The one permission granted: writing plain text to the clipboard, so text copied from a note can
 * be cleared again on lock and after the time set (renderer/src/features/retention/clipboard-guard.ts).
 */
const GRANTED = 'clipboard-sanitized-write';

/**
 * Session-wide rules: the app asks for no other permission, and loads nothing
 * but its own files from its own scheme (records never leave the machine): no file:, no http(s).
 * Its Content-Security-Policy comes with every page (renderer-protocol.ts, and index.html's meta tag).
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === GRANTED));
  session.setPermissionCheckHandler((_contents, permission) => permission === GRANTED);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !mayLoad(details.url) }));
}

/** Per page: no new windows, no navigation away from the app, no <webview>. */
export function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // will-frame-navigate covers the main frame (what will-navigate reports) and any subframe.
  contents.on('will-frame-navigate', (event) => {
    if (!isRendererPage(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isRendererPage(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
