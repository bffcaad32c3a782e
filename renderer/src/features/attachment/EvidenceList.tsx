import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Evidence } from '@shared/api/evidence';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { useUnlinkEvidence } from './evidence-queries';

/** Where a passage opens: its session, scrolled to the passage drawn as a highlight. */
export const evidenceHref = (e: Pick<Evidence, 'id' | 'sessionId'>): string =>
  `/sessions/${e.sessionId}?evidence=${encodeURIComponent(e.id)}`;

interface EvidenceListProps {
  items: readonly Evidence[];
  title: string;
}

/** Passages of session notes linked as evidence, in the order of their sessions, each opening its note. */
export function EvidenceList({ items, title }: EvidenceListProps) {
  const { t, i18n } = useTranslation();
  const unlink = useUnlinkEvidence();
  const [confirming, setConfirming] = useState<Evidence | null>(null);
  return (
    <div className="evidence">
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="muted">{t('evidence.none')}</p>
      ) : (
        <ul className="evidence-list">
          {items.map((e) => (
            <li key={e.id} className="evidence-item">
              <p className="evidence-meta">
                <Link href={evidenceHref(e)}>
                  {t('evidence.openSession', { date: formatDateTime(e.sessionStartsAt, i18n.language) })}
                </Link>
                {e.position === null && <span className="evidence-gone">{t('evidence.gone')}</span>}
              </p>
              <blockquote className="evidence-quote">
                {e.position === null && <p className="muted">{t('evidence.goneBody')}</p>}
                <p>{e.quote.exact}</p>
              </blockquote>
              {e.comment && <p className="evidence-comment">{e.comment}</p>}
              <button type="button" className="button-quiet" onClick={() => setConfirming(e)}>
                {t('evidence.unlink')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorNotice error={unlink.error} lead="evidence.unlinkFailed" />
      <ConfirmDialog
        open={confirming !== null}
        title={t('evidence.unlinkTitle')}
        confirmLabel={t('evidence.unlink')}
        pending={unlink.isPending}
        onConfirm={() => confirming && unlink.mutate(confirming.id, { onSettled: () => setConfirming(null) })}
        onCancel={() => setConfirming(null)}
      >
        <p>{t('evidence.unlinkBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
