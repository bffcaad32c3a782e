import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '@shared/api/documents';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDocumentData } from './document-queries';
import { LazyPdfPreview } from './pdf/LazyPdfPreview';
import { useBlobUrl } from './use-blob-url';

/**
 * Shows a file from its bytes in memory. Images preview inline; a PDF is drawn page by page by
 * pdf.js (Chromium's own viewer would need plugins and blob: frames the CSP does not allow).
 */
export function DocumentPreview({ meta, onClose }: { meta: DocumentMeta; onClose: () => void }) {
  const { t } = useTranslation();
  const data = useDocumentData(meta.id);
  const url = useBlobUrl(data.data?.dataBase64, meta.mimeType);
  const isImage = meta.mimeType !== 'application/pdf';
  return (
    <figure className="document-preview" aria-label={t('documents.previewOf', { name: meta.fileName })}>
      <figcaption>
        <strong>{meta.fileName}</strong>
        <span className="preview-actions">
          {url && (
            // An explicit act: the browser (or Electron) asks where to put the copy.
            <a className="button-quiet button-link" href={url} download={meta.fileName}>
              {t('documents.saveCopy')}
            </a>
          )}
          <button type="button" className="button-quiet" onClick={onClose}>
            {t('documents.closePreview')}
          </button>
        </span>
      </figcaption>
      <ErrorNotice error={data.error} lead="documents.openFailed" />
      {!url && !data.error && (
        <p className="loading" role="status">
          {t('documents.opening')}
        </p>
      )}
      {url && isImage && <img src={url} alt={meta.fileName} className="preview-image" />}
      {data.data && !isImage && <LazyPdfPreview dataBase64={data.data.dataBase64} fileName={meta.fileName} />}
    </figure>
  );
}
