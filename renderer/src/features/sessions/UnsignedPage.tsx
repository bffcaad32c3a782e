import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { preloadNoteEditor } from '../../editor/LazyNoteEditor';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { PageHeading } from '../../ui/PageHeading';
import { useDisplayName } from '../clients/display-preference';
import { useUnsignedNotes } from './session-queries';

/** Some practice systems lock notes left unsigned for two weeks; past that, the age stands out. */
const OLD_AFTER_DAYS = 14;

/** Every draft note in the vault, oldest first, with how long it has waited. */
export function UnsignedPage() {
  const { t, i18n } = useTranslation();
  const notes = useUnsignedNotes();
  useEffect(preloadNoteEditor, []);
  const nameOf = useDisplayName();
  const oldestFirst = [...(notes.data ?? [])].sort((a, b) => b.ageDays - a.ageDays);
  return (
    <>
      <PageHeading>{t('unsigned.title')}</PageHeading>
      <p className="muted">{t('unsigned.intro')}</p>
      <ErrorNotice error={notes.error} lead="unsigned.loadFailed" />
      {notes.data && oldestFirst.length === 0 && (
        <section className="empty-state">
          <h2>{t('unsigned.emptyTitle')}</h2>
          <p>{t('unsigned.emptyBody')}</p>
        </section>
      )}
      {oldestFirst.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">{t('unsigned.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('unsigned.column.client')}</th>
              <th scope="col">{t('unsigned.column.session')}</th>
              <th scope="col">{t('unsigned.column.age')}</th>
            </tr>
          </thead>
          <tbody>
            {oldestFirst.map((note) => (
              <tr key={note.sessionId}>
                <th scope="row">{nameOf({ name: note.clientName, pseudonym: note.clientPseudonym })}</th>
                <td>
                  <Link href={`/sessions/${note.sessionId}`}>{formatDateTime(note.startsAt, i18n.language)}</Link>
                </td>
                <td className={note.ageDays >= OLD_AFTER_DAYS ? 'age-old' : undefined}>
                  {note.ageDays === 0
                    ? t('unsigned.today')
                    : note.ageDays === 1
                      ? t('unsigned.oneDay')
                      : t('unsigned.days', { count: note.ageDays })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
