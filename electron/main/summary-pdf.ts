import type { BrowserWindow } from 'electron';
import { createMainWindow } from './window';

/** Long enough for a 300-session summary on a slow computer; an export waits no longer for its PDF. */
const PRINT_TIMEOUT_MS = 60_000;
const POLL_MS = 100;
/** The summary page marks its article ready once every session is drawn and the layout has settled. */
const IS_READY = `document.querySelector('article.case-summary[data-ready="true"]') !== null`;

/**
 * The case summary as a PDF, for a record export's summary.pdf: the summary route (the whole
 * record: real name, contact details, full notes, every section) drawn in a hidden window made
 * like the main one (our page, isolated, sandboxed), and printed with printToPDF once the page
 * says it is whole. Answers undefined when it cannot (the vault locked meanwhile, a timeout):
 * the export goes on without it, and its manifest says so.
 *
 * Electron only, and not run by the tests (there is no Electron binary where they run); the rule
 * that adds the PDF to the export is summary-pdf-input.ts, which is.
 */
export class SummaryPdfPrinter {
  private current: BrowserWindow | undefined;

  /** The hidden window while it prints: the call channel lets it read the summary as our window does. */
  window(): BrowserWindow | undefined {
    return this.current;
  }

  async print(clientId: string): Promise<Uint8Array | undefined> {
    if (this.current) return undefined;
    const window = createMainWindow(true);
    this.current = window;
    try {
      const deadline = Date.now() + PRINT_TIMEOUT_MS;
      const route = `/clients/${encodeURIComponent(clientId)}/summary?names=name&contact=1`;
      // The page loads at its start; its hash router then follows the route (the same page).
      await waitFor(deadline, async () => !window.webContents.isLoading());
      await window.webContents.executeJavaScript(`location.hash = ${JSON.stringify(route)}; true`);
      if (!(await waitFor(deadline, async () => (await window.webContents.executeJavaScript(IS_READY)) as boolean)))
        return undefined;
      // The print stylesheet's @page rules (size, margins, page furniture) decide the layout.
      return await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
    } catch (err) {
      console.error('[main] The case summary could not be printed for the record export.', err);
      return undefined;
    } finally {
      this.current = undefined;
      window.destroy();
    }
  }
}

/** Asks until `done` says yes or the deadline passes; answers which. */
async function waitFor(deadline: number, done: () => Promise<boolean>): Promise<boolean> {
  while (!(await done())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return true;
}
