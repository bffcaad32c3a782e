import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { base64ToBytes } from '../document-file';
import { openPdf } from './open-pdf';

type Outcome =
  | { status: 'ready'; document: PDFDocumentProxy }
  // Damaged, not a PDF at all, or locked with a password: the clinician's next step is the same.
  | { status: 'failed' };

export type PdfDocumentState = { status: 'loading' } | Outcome;

/** Parses the file's bytes in pdf.js's worker; the parsed document is destroyed with the preview. */
export function usePdfDocument(dataBase64: string): PdfDocumentState {
  // Remembered with the bytes it came from, so other bytes read as loading until their turn.
  const [settled, setSettled] = useState<{ source: string; outcome: Outcome } | null>(null);
  useEffect(() => {
    // Decoded here, not memoised: pdf.js takes the buffer over, so every run needs its own copy.
    const opening = openPdf(base64ToBytes(dataBase64));
    let current = true;
    const settle = (outcome: Outcome) => {
      if (current) setSettled({ source: dataBase64, outcome });
    };
    opening.promise.then(
      (document) => settle({ status: 'ready', document }),
      () => settle({ status: 'failed' }),
    );
    return () => {
      current = false;
      void opening.destroy();
    };
  }, [dataBase64]);
  return settled?.source === dataBase64 ? settled.outcome : { status: 'loading' };
}
