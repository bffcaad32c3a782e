import { ipcMain, type BrowserWindow } from 'electron';
import { z } from 'zod';
import type { Result } from '@shared/api/errors';
import type { CoreRelay } from './core-relay';
import { CALL_CHANNEL } from './ipc-channel';
import { isOurRenderer } from './sender-check';
import { SummaryPdfPrinter } from './summary-pdf';
import { withSummaryPdf } from './summary-pdf-input';

const callSchema = z.object({ method: z.string().max(200), input: z.unknown() });

/**
 * The core's IPC channel: checks who is asking, then relays `{ method, input }` to the core. A
 * record export from our window gets the case summary as a PDF for its archive (summary.pdf),
 * printed in the printer's hidden window, which may read the summary it prints.
 */
export function handleCalls(
  relay: CoreRelay,
  currentWindow: () => BrowserWindow | undefined,
  printer: SummaryPdfPrinter | null = new SummaryPdfPrinter(),
): void {
  ipcMain.handle(CALL_CHANNEL, async (event, payload: unknown): Promise<Result<unknown>> => {
    const fromWindow = isOurRenderer(event, currentWindow());
    if (!fromWindow && !(printer && isOurRenderer(event, printer.window()))) {
      // Not a Result: a stranger gets a rejected promise and no hint about the vault.
      throw new Error('Refused: this page may not talk to Trygg.');
    }
    const call = callSchema.safeParse(payload);
    if (!call.success) {
      return { ok: false, error: { code: 'VALIDATION', message: 'The request was not valid.' } };
    }
    const { method, input } = call.data;
    if (!fromWindow || !printer) return relay.call(method, input);
    return relay.call(method, await withSummaryPdf(method, input, (clientId) => printer.print(clientId)));
  });
}
