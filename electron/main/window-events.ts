import type { BrowserWindow } from 'electron';
import type { CoreEvent } from '@shared/api/events';
import { isRendererPage } from './app-files';
import { EVENT_CHANNEL } from './ipc-channel';

/**
 * Passes one of the core's events to our window, and only while it shows our own page: the
 * window cannot navigate elsewhere, but an event must never reach a page that is not Trygg's.
 */
export function sendToWindow(window: BrowserWindow | undefined, event: CoreEvent): boolean {
  if (!window || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (contents.isDestroyed() || !isRendererPage(contents.mainFrame.url)) return false;
  contents.send(EVENT_CHANNEL, event);
  return true;
}
