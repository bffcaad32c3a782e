import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isRendererPage } from './app-files';

/** Only our window's top frame, showing our own renderer page, may ask main for anything. */
export function isOurRenderer(event: IpcMainInvokeEvent, window: BrowserWindow | undefined): boolean {
  const frame = event.senderFrame;
  if (!window || window.isDestroyed() || !frame) return false;
  const main = window.webContents.mainFrame;
  return (
    event.sender.id === window.webContents.id &&
    frame.processId === main.processId &&
    frame.routingId === main.routingId &&
    isRendererPage(frame.url)
  );
}
