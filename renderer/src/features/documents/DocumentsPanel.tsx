import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentMeta } from '@shared/api/attachments';
import type { TranslationKey } from '../../i18n/resources';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { ACCEPTED_TYPES, bytesToBase64, checkFile, formatSize, type FileProblem } from './attachment-file';
import { AttachmentPreview } from './AttachmentPreview';
import { useAddAttachment, useAttachments } from './attachment-queries';

const PROBLEM_KEYS: Record<FileProblem, TranslationKey> = {
  type: 'attachments.wrongType',
  size: 'attachments.tooLarge',
  empty: 'attachments.empty',
};

interface AttachmentsPanelProps {
  clientId: string;
  /** Files of one session; without it, every file of the client. */
  sessionId?: string;
}

/** PDF, PNG and JPEG files kept inside the vault, previewed here and saved out only on request. */
export function AttachmentsPanel({ clientId, sessionId }: AttachmentsPanelProps) {
  const { t, i18n } = useTranslation();
  const list = useAttachments(clientId, sessionId);
  const add = useAddAttachment();
  const [problem, setProblem] = useState<{ file: string; key: TranslationKey } | null>(null);
  const [open, setOpen] = useState<AttachmentMeta | null>(null);

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
        mimeType: file.type as AttachmentMeta['mimeType'],
        dataBase64,
      },
      { onSuccess: (meta) => setOpen(meta) },
    );
  };

  return (
    <section className="attachments" aria-labelledby={`attachments-title-${sessionId ?? clientId}`}>
      <div className="section-header">
        <h2 id={`attachments-title-${sessionId ?? clientId}`}>
          {sessionId ? t('attachments.sessionTitle') : t('attachments.title')}
        </h2>
        <label className="button-quiet button-link file-button">
          {add.isPending ? t('attachments.adding') : t('attachments.add')}
          <input
            type="file"
            accept={ACCEPTED_TYPES.join(',')}
            onChange={(event) => void onFile(event)}
            disabled={add.isPending}
          />
        </label>
      </div>
      <p className="muted">{t('attachments.help')}</p>
      {problem && (
        <p className="notice notice-error" role="alert">
          {t(problem.key, { name: problem.file })}
        </p>
      )}
      <ErrorNotice error={add.error} lead="attachments.addFailed" />
      <ErrorNotice error={list.error} lead="attachments.loadFailed" />
      {list.data && list.data.length === 0 && <p className="muted">{t('attachments.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="attachment-list">
          {list.data.map((meta) => (
            <li key={meta.id} className="attachment-item">
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
      {open && <AttachmentPreview key={open.id} meta={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
