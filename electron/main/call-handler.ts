import { ipcMain, type BrowserWindow } from 'electron';
import { z } from 'zod';
import type { Result } from '@shared/api/errors';
import type { CoreRelay } from './core-relay';
import { CALL_CHANNEL } from './ipc-channel';
import { isOurRenderer } from './sender-check';

const callSchema = z.object({ method: z.string().max(200), input: z.unknown() });

/** The core's IPC channel: checks who is asking, then relays `{ method, input }` to the core. */
export function handleCalls(relay: CoreRelay, currentWindow: () => BrowserWindow | undefined): void {
  ipcMain.handle(CALL_CHANNEL, async (event, payload: unknown): Promise<Result<unknown>> => {
    if (!isOurRenderer(event, currentWindow())) {
      // Not a Result: a stranger gets a rejected promise and no hint about the vault.
      throw new Error('Refused: this page may not talk to Trygg.');
    }
    const call = callSchema.safeParse(payload);
    if (!call.success) {
      return { ok: false, error: { code: 'VALIDATION', message: 'The request was not valid.' } };
    }
    return relay.call(call.data.method, call.data.input);
  });
}
