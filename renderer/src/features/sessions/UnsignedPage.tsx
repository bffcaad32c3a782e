import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { MethodOutput } from '@shared/api/contract';
import { preloadNoteEditor } from '../../editor/LazyNoteEditor';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { PageHeading } from '../../ui/PageHeading';
import { useDisplayName } from '../clients/display-preference';
import { useUnsignedNotes } from './session-queries';

type UnsignedNote = MethodOutput<'sessions.unsigned'>[number];

/** Some practice systems lock notes left unsigned for two weeks; past that, the age stands out. */
const OLD_AFTER_DAYS = 14;

/** Every draft note in the vault, oldest first, with how long it has waited. */
export function UnsignedPage() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const notes = useUnsignedNotes();
  useEffect(preloadNoteEditor, []);
  const nameOf = useDisplayName();
  const clientName = (note: UnsignedNote) => nameOf({ name: note.clientName, pseudonym: note.clientPseudonym });
  const columns: Column<UnsignedNote>[] = [
    { id: 'client', header: t('unsigned.column.client'), rowHeader: true, sortValue: clientName, cell: clientName },
    {
      id: 'session',
      header: t('unsigned.column.session'),
      sortValue: (note) => note.startsAt,
      firstDirection: 'descending',
      cell: (note) => <Link href={`/sessions/${note.sessionId}`}>{formatDateTime(note.startsAt, i18n.language)}</Link>,
    },
    {
      id: 'age',
      header: t('unsigned.column.age'),
      sortValue: (note) => note.ageDays,
      firstDirection: 'descending',
      cellClassName: (note) => (note.ageDays >= OLD_AFTER_DAYS ? 'age-old' : undefined),
      cell: (note) =>
        note.ageDays === 0
          ? t('unsigned.today')
          : note.ageDays === 1
            ? t('unsigned.oneDay')
            : t('unsigned.days', { count: note.ageDays }),
    },
  ];
  return (
    <>
      <PageHeading>{t('unsigned.title')}</PageHeading>
      <p className="muted">{t('unsigned.intro')}</p>
      <ErrorNotice error={notes.error} lead="unsigned.loadFailed" />
      {notes.data && (
        <DataTable
          rows={notes.data}
          columns={columns}
          rowKey={(note) => note.sessionId}
          caption={t('unsigned.title')}
          defaultSort={{ column: 'age', direction: 'descending' }}
          onOpen={(note) => navigate(`/sessions/${note.sessionId}`)}
          empty={
            <section className="empty-state">
              <h2>{t('unsigned.emptyTitle')}</h2>
              <p>{t('unsigned.emptyBody')}</p>
            </section>
          }
        />
      )}
    </>
  );
}
