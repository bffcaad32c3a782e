import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_ERASURE_REASON } from '@shared/api/constants';
import { ApiCallError } from '../../api/api-errors';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { formatDate } from '../../ui/format-date';
import { useLanguage } from '../attachment/use-language';
import { useDisplayName } from '../clients/display-preference';
import './retention.css';
import { useEraseClient, useRetentionStatus } from './retention-queries';

interface EraseClientDialogProps {
  clientId: string;
  open: boolean;
  onClose: () => void;
  onErased: () => void;
}

/**
 * Erasing a client's whole record, for good. Inside the retention period the dialog says until
 * when the record must be kept and why (GDPR Art. 17(3)), and erases only with a legal reason,
 * which the audit log keeps. The name typed in full confirms which record goes.
 */
export function EraseClientDialog({ clientId, open, onClose, onErased }: EraseClientDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const nameOf = useDisplayName();
  const status = useRetentionStatus(clientId, open);
  const erase = useEraseClient();
  const [typed, setTyped] = useState('');
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const s = status.data;
  const needsReason = s !== undefined && !s.passed;
  const reasonOk = !needsReason || (overriding && reason.trim().length >= MIN_ERASURE_REASON);
  // The name shown on screen confirms it: the pseudonym where the clinician shows pseudonyms.
  const shown = s ? nameOf(s) : '';
  const nameOk = s !== undefined && typed.trim() === shown.trim();
  const close = () => {
    setTyped('');
    setReason('');
    setOverriding(false);
    erase.reset();
    onClose();
  };

  return (
    <ConfirmDialog
      open={open}
      title={t('erase.title')}
      confirmLabel={erase.isPending ? t('erase.erasing') : t('erase.confirm')}
      pending={erase.isPending || !s || !nameOk || !reasonOk}
      onCancel={close}
      onConfirm={() =>
        erase.mutate(
          {
            clientId,
            confirmName: typed,
            ...(needsReason ? { override: { reason: reason.trim() } } : {}),
          },
          { onSuccess: onErased },
        )
      }
    >
      {!s ? (
        <ErrorNotice error={status.error} lead="erase.loadFailed" />
      ) : (
        <div className="erase-dialog">
          <p>{t('erase.intro', { name: shown })}</p>
          <p className="field-help">{t('erase.backups')}</p>
          {s.passed ? (
            <p className="notice notice-success">
              {t('erase.passed', {
                last: formatDate(s.lastEntryAt, language),
                end: formatDate(s.retentionEndsAt, language),
              })}
            </p>
          ) : (
            <div className="notice notice-warning">
              <p>
                {t('erase.inside', {
                  years: s.years,
                  last: formatDate(s.lastEntryAt, language),
                  end: formatDate(s.retentionEndsAt, language),
                })}
              </p>
              <label className="checkbox">
                <input type="checkbox" checked={overriding} onChange={(e) => setOverriding(e.target.checked)} />{' '}
                {t('erase.override')}
              </label>
              {overriding && (
                <Field label={t('erase.reasonLabel')} help={t('erase.reasonHelp', { min: MIN_ERASURE_REASON })}>
                  {(control) => (
                    <textarea
                      {...control}
                      rows={3}
                      autoComplete="off"
                      value={reason}
                      onChange={(e) => setReason(e.target.value)}
                    />
                  )}
                </Field>
              )}
            </div>
          )}
          <Field label={t('erase.typeName', { name: shown })}>
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={typed}
                onChange={(e) => {
                  setTyped(e.target.value);
                  erase.reset();
                }}
              />
            )}
          </Field>
          <ErrorNotice
            error={erase.error}
            lead="erase.failed"
            {...(erase.error instanceof ApiCallError && erase.error.code === 'RETENTION'
              ? { override: { code: 'RETENTION' as const, message: 'error.RETENTION' as const } }
              : {})}
          />
        </div>
      )}
    </ConfirmDialog>
  );
}
