import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '@shared/api/documents';
import type { TranslationKey } from '../../i18n/resources';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { ACCEPTED_TYPES, bytesToBase64, checkFile, formatSize, type FileProblem } from './document-file';
import { DocumentPreview } from './DocumentPreview';
import { useAddDocument, useDocuments } from './document-queries';

const PROBLEM_KEYS: Record<FileProblem, TranslationKey> = {
  type: 'documents.wrongType',
  size: 'documents.tooLarge',
  empty: 'documents.empty',
};

interface DocumentsPanelProps {
  clientId: string;
  /** Files of one session; without it, every file of the client. */
  sessionId?: string;
}

/** PDF, PNG and JPEG files kept inside the vault, previewed here and saved out only on request. */
export function DocumentsPanel({ clientId, sessionId }: DocumentsPanelProps) {
  const { t, i18n } = useTranslation();
  const list = useDocuments(clientId, sessionId);
  const add = useAddDocument();
  const [problem, setProblem] = useState<{ file: string; key: TranslationKey } | null>(null);
  const [open, setOpen] = useState<DocumentMeta | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    add.reset();
    if (!file) return;
    const found = checkFile(file);
    setProblem(found ? { file: file.name, key: PROBLEM_KEYS[found] } : null);
    if (found) return;
    const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    add.mutate(
      {
        clientId,
        ...(sessionId ? { sessionId } : {}),
        fileName: file.name,
        mimeType: file.type as DocumentMeta['mimeType'],
        dataBase64,
      },
      { onSuccess: (meta) => setOpen(meta) },
    );
  };

  return (
    <section className="documents" aria-labelledby={`documents-title-${sessionId ?? clientId}`}>
      <div className="section-header">
        <h2 id={`documents-title-${sessionId ?? clientId}`}>
          {sessionId ? t('documents.sessionTitle') : t('documents.title')}
        </h2>
        <label className="button-quiet button-link file-button">
          {add.isPending ? t('documents.adding') : t('documents.add')}
          <input
            type="file"
            accept={ACCEPTED_TYPES.join(',')}
            onChange={(event) => void onFile(event)}
            disabled={add.isPending}
          />
        </label>
      </div>
      <p className="muted">{t('documents.help')}</p>
      {problem && (
        <p className="notice notice-error" role="alert">
          {t(problem.key, { name: problem.file })}
        </p>
      )}
      <ErrorNotice error={add.error} lead="documents.addFailed" />
      <ErrorNotice error={list.error} lead="documents.loadFailed" />
      {list.data && list.data.length === 0 && <p className="muted">{t('documents.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="document-list">
          {list.data.map((meta) => (
            <li key={meta.id} className="document-item">
              <button
                type="button"
                className="link-button"
                aria-expanded={open?.id === meta.id}
                onClick={() => setOpen(open?.id === meta.id ? null : meta)}
              >
                {meta.fileName}
              </button>
              <span className="muted">
                {formatSize(meta.size, i18n.language)} · {formatDateTime(meta.createdAt, i18n.language)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {open && <DocumentPreview key={open.id} meta={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
