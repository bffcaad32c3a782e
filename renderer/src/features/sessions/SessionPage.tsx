import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Session } from '@shared/api/sessions';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeading } from '../../ui/PageHeading';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDateTime } from '../../ui/format-date';
import { AlliancePanel } from '../alliance/AlliancePanel';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { RupturesPanel } from '../ruptures/RupturesPanel';
import { useClient } from '../clients/client-queries';
import { useDisplayName } from '../clients/display-preference';
import { AddendaSection } from './AddendaSection';
import { SessionMetaEditor } from './SessionMetaEditor';
import { SessionNote } from './SessionNote';
import { useSession } from './session-queries';
import { useDeleteDraft } from './use-delete-draft';

export function SessionPage({ params }: { params: { id: string } }) {
  const session = useSession(params.id);
  if (!session.data) return <ErrorNotice error={session.error} lead="session.loadFailed" />;
  // Keyed by id: another session's note gets a fresh editor and a fresh autosave.
  return <SessionView key={session.data.id} session={session.data} />;
}

function SessionView({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const client = useClient(session.clientId);
  const nameOf = useDisplayName();
  const clientPath = `/clients/${session.clientId}`;
  const remove = useDeleteDraft(() => navigate(clientPath));
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const signed = session.signedAt !== null;

  return (
    <>
      <p className="breadcrumb">
        <Link href={clientPath}>{client.data ? nameOf(client.data) : t('session.backToClient')}</Link>
      </p>
      <div className="page-header">
        <PageHeading>{t('session.title', { date: formatDateTime(session.startsAt, i18n.language) })}</PageHeading>
        {!signed && (
          <button type="button" className="button-danger" onClick={() => setConfirmingDelete(true)}>
            {t('note.delete')}
          </button>
        )}
      </div>
      <SessionMetaEditor session={session} />
      <SessionNote session={session} />
      {signed && <AddendaSection session={session} />}
      <AlliancePanel session={session} />
      <RupturesPanel session={session} />
      <DocumentsPanel clientId={session.clientId} sessionId={session.id} />
      <ErrorNotice error={remove.error} lead="note.deleteFailed" />
      <ConfirmDialog
        open={confirmingDelete}
        title={t('note.deleteTitle')}
        confirmLabel={t('note.delete')}
        pending={remove.isPending}
        onConfirm={() => remove.mutate(session, { onSettled: () => setConfirmingDelete(false) })}
        onCancel={() => setConfirmingDelete(false)}
      >
        <p>{t('note.deleteBody')}</p>
      </ConfirmDialog>
    </>
  );
}
