import { getDocument, PDFWorker, type PDFDocumentProxy } from 'pdfjs-dist';
// Bundled by Vite as a file of our own, started here rather than by pdf.js: on the desktop app's
// file:// page pdf.js would wrap its worker in a blob: URL, which the CSP (rightly) refuses.
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';

export interface OpeningPdf {
  /** Rejects if the file cannot be read, or if the worker cannot run at all. */
  promise: Promise<PDFDocumentProxy>;
  destroy: () => Promise<void>;
}

/** Settles only if the worker dies: a worker that failed to load would otherwise leave pdf.js waiting. */
let workerFailed: Promise<never> | null = null;
/**
 * pdf.js's handle on that worker, passed to every document. Passed in, it belongs to no document:
 * one left to pdf.js (GlobalWorkerOptions.workerPort) is shared by all but taken down by whichever
 * is destroyed, and a PDF opened while the one before is still closing is refused ("the worker is
 * being destroyed"): the preview said the file could not be read.
 */
let pdfWorker: PDFWorker | null = null;

/** One parsing worker for the app's lifetime, started by the first PDF opened, shared by all after. */
function startWorker(): { worker: PDFWorker; failed: Promise<never> } {
  if (pdfWorker && workerFailed) return { worker: pdfWorker, failed: workerFailed };
  const worker = new PdfWorker();
  workerFailed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', () => reject(new Error('The PDF worker could not run.')), { once: true });
  });
  // Nobody may be waiting when it fails; the next PDF opened hears of it.
  workerFailed.catch(() => {});
  pdfWorker = PDFWorker.create({ port: worker });
  return { worker: pdfWorker, failed: workerFailed };
}

/**
 * Starts parsing a PDF held in memory. The bytes are handed to the worker (the buffer is
 * transferred, so the caller must not reuse it); nothing is fetched and nothing touches the disk.
 */
export function openPdf(data: Uint8Array): OpeningPdf {
  try {
    const { worker, failed } = startWorker();
    // isEvalSupported: false keeps pdf.js from compiling font outlines with new Function, which the
    // CSP (no 'unsafe-eval') would refuse anyway.
    const task = getDocument({ data, worker, isEvalSupported: false });
    return { promise: Promise.race([task.promise, failed]), destroy: () => task.destroy() };
  } catch (error) {
    // A worker the page may not start at all throws here; the preview says the file cannot be shown.
    return {
      promise: Promise.reject(error instanceof Error ? error : new Error(String(error))),
      destroy: async () => {},
    };
  }
}
