import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PdfPageCanvas } from './PdfPageCanvas';
import { usePdfDocument } from './use-pdf-document';
import './pdf-preview.css';

interface PdfPreviewProps {
  dataBase64: string;
  fileName: string;
}

/** A PDF shown page by page from its bytes in memory, drawn by pdf.js into a canvas. */
export function PdfPreview({ dataBase64, fileName }: PdfPreviewProps) {
  const { t } = useTranslation();
  const state = usePdfDocument(dataBase64);
  const [pageNumber, setPageNumber] = useState(1);
  // A page that could not be drawn: the others may still be fine, so the pager stays.
  const [failedPage, setFailedPage] = useState<number | null>(null);
  const onPageFailed = useCallback((page: number) => setFailedPage(page), []);

  const unreadable = (
    <p className="notice notice-error" role="alert">
      {t('documents.pdfUnreadable')}
    </p>
  );
  if (state.status === 'loading') {
    return (
      <p className="loading" role="status">
        {t('documents.opening')}
      </p>
    );
  }
  if (state.status === 'failed') return unreadable;
  const pages = state.document.numPages;
  return (
    <div className="pdf-preview">
      <nav className="pager" aria-label={t('documents.pdfPages', { name: fileName })}>
        <button type="button" disabled={pageNumber <= 1} onClick={() => setPageNumber(pageNumber - 1)}>
          {t('documents.pdfPrevious')}
        </button>
        <span aria-live="polite">{t('documents.pdfPageOf', { page: pageNumber, pages })}</span>
        <button type="button" disabled={pageNumber >= pages} onClick={() => setPageNumber(pageNumber + 1)}>
          {t('documents.pdfNext')}
        </button>
      </nav>
      {failedPage === pageNumber ? (
        unreadable
      ) : (
        <PdfPageCanvas
          document={state.document}
          pageNumber={pageNumber}
          label={t('documents.pdfPageImage', { page: pageNumber, name: fileName })}
          onFailed={onPageFailed}
        />
      )}
    </div>
  );
}
