import { useEffect, useRef, useState } from 'react';
import { RenderingCancelledException, type PDFDocumentProxy } from 'pdfjs-dist';

/** CSS pixels a page is drawn at: readable A4 text without scrolling sideways; CSS shrinks it to fit. */
const PAGE_WIDTH = 800;

interface PdfPageCanvasProps {
  document: PDFDocumentProxy;
  /** 1-based, as pdf.js counts. */
  pageNumber: number;
  label: string;
  onFailed: (pageNumber: number) => void;
}

/** Draws one page into a canvas, sharp on high-density screens; a page left mid-draw is cancelled. */
export function PdfPageCanvas({ document, pageNumber, label, onFailed }: PdfPageCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // The page last painted, so aria-busy holds while another one is on its way.
  const [drawn, setDrawn] = useState<{ document: PDFDocumentProxy; pageNumber: number } | null>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let cancelled = false;
    let cancelRender = () => {};
    void (async () => {
      try {
        const page = await document.getPage(pageNumber);
        if (cancelled) return;
        const unscaled = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: PAGE_WIDTH / unscaled.width });
        const density = window.devicePixelRatio || 1;
        canvas.width = Math.floor(viewport.width * density);
        canvas.height = Math.floor(viewport.height * density);
        const task = page.render({
          canvas,
          viewport,
          transform: density === 1 ? undefined : [density, 0, 0, density, 0, 0],
        });
        cancelRender = () => task.cancel();
        await task.promise;
        if (!cancelled) setDrawn({ document, pageNumber });
      } catch (error) {
        if (!cancelled && !(error instanceof RenderingCancelledException)) onFailed(pageNumber);
      }
    })();
    return () => {
      cancelled = true;
      cancelRender();
    };
  }, [document, pageNumber, onFailed]);
  // aria-busy until painted, so tests and screen readers know when the page is really there.
  const busy = drawn?.document !== document || drawn.pageNumber !== pageNumber;
  return <canvas ref={canvasRef} className="pdf-page" role="img" aria-label={label} aria-busy={busy} />;
}
