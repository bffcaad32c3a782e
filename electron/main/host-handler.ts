import { stat, readFile, writeFile } from 'node:fs/promises';
import { clipboard, dialog, ipcMain, shell, type BrowserWindow } from 'electron';
import { z } from 'zod';
import type { Result } from '@shared/api/errors';
import { HOST_FILE_TYPES, type HostFileType } from '@shared/api/host';
import { createHostDispatch, type Shell } from './host-capabilities';
import { HOST_CHANNEL } from './ipc-channel';
import { isOurRenderer } from './sender-check';

const hostCallSchema = z.object({ capability: z.string().max(100), input: z.unknown() });

const filters = (types: HostFileType[]) =>
  types.map((type) => ({ name: type, extensions: [...HOST_FILE_TYPES[type]] }));

/** The shell's side of each capability, for the window the request came from. */
export function electronShell(currentWindow: () => BrowserWindow | undefined): Shell {
  const window = (): BrowserWindow => {
    const current = currentWindow();
    if (!current || current.isDestroyed()) throw new Error('There is no window.');
    return current;
  };
  return {
    print: () =>
      new Promise((resolve, reject) => {
        window().webContents.print({}, (success, reason) => {
          // Closing the dialog without printing is the clinician's choice, not a failure.
          if (success || reason === 'cancelled') resolve();
          else reject(new Error(reason));
        });
      }),
    // The print stylesheet's @page rules (size, margins, page furniture) decide the layout.
    printToPdf: () => window().webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }),
    chooseSavePath: async (suggestedName, type) => {
      const answer = await dialog.showSaveDialog(window(), { defaultPath: suggestedName, filters: filters([type]) });
      return answer.canceled ? undefined : answer.filePath;
    },
    chooseOpenPath: async (types) => {
      const answer = await dialog.showOpenDialog(window(), { properties: ['openFile'], filters: filters(types) });
      return answer.canceled ? undefined : answer.filePaths[0];
    },
    chooseFolder: async () => {
      const answer = await dialog.showOpenDialog(window(), { properties: ['openDirectory', 'createDirectory'] });
      return answer.canceled ? undefined : answer.filePaths[0];
    },
    fileSize: async (path) => (await stat(path)).size,
    readFile: (path) => readFile(path),
    writeFile: (path, bytes) => writeFile(path, bytes),
    reveal: (path) => shell.showItemInFolder(path),
    writeClipboard: (text) => clipboard.writeText(text),
    clearClipboard: () => clipboard.clear(),
  };
}

/**
 * The host capabilities' IPC channel, beside the core's: the same sender check, then
 * `{ capability, input }` to main's own implementation (the core never opens a dialog).
 */
export function handleHostCalls(currentWindow: () => BrowserWindow | undefined): void {
  const host = createHostDispatch(electronShell(currentWindow), (message, err) =>
    console.error(`[main] ${message}`, err),
  );
  ipcMain.handle(HOST_CHANNEL, async (event, payload: unknown): Promise<Result<unknown>> => {
    if (!isOurRenderer(event, currentWindow())) throw new Error('Refused: this page may not talk to Trygg.');
    const call = hostCallSchema.safeParse(payload);
    if (!call.success) return { ok: false, error: { code: 'VALIDATION', message: 'The request was not valid.' } };
    return host(call.data.capability, call.data.input);
  });
}
