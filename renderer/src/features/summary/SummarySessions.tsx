import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@shared/api/summary';
import { DocView } from '../../ui/DocView';
import { formatDate, formatDateTime } from '../../ui/format-date';
import { ATTENDANCE_KEYS, MODALITY_KEYS, SETTING_KEYS } from '../sessions/session-meta';

type SummarySession = NonNullable<CaseSummary['sessions']>[number];
type Notes = CaseSummary['options']['notes'];

interface SummarySessionsProps {
  sessions: readonly SummarySession[];
  notes: Notes;
  /** How many are drawn so far (the rest follow, chunk by chunk). */
  shown: number;
}

/** The period's sessions: with their notes and addenda, or as a table when only the list was asked for. */
export function SummarySessions({ sessions, notes, shown }: SummarySessionsProps) {
  const { t } = useTranslation();
  const drawn = sessions.slice(0, shown);
  return (
    <section className="summary-section summary-sessions" aria-labelledby="summary-sessions-title">
      <h2 id="summary-sessions-title">{t('summary.section.sessions')}</h2>
      <p className="summary-meta">{t('summary.sessionCount', { count: sessions.length })}</p>
      {sessions.length === 0 && <p className="muted">{t('summary.noSessions')}</p>}
      {sessions.length > 0 && notes === 'list' && <SessionTable sessions={drawn} />}
      {notes !== 'list' && drawn.map((session) => <SessionEntry key={session.id} session={session} notes={notes} />)}
    </section>
  );
}

/** Signed, or a draft said in words (it must survive as text in a PDF, not only as a colour). */
function SignatureLabel({ signedAt }: { signedAt: string | null }) {
  const { t, i18n } = useTranslation();
  return signedAt ? (
    <span className="summary-signed">{t('note.signedAt', { date: formatDateTime(signedAt, i18n.language) })}</span>
  ) : (
    <strong className="summary-draft">{t('summary.draft')}</strong>
  );
}

function useSessionFacts() {
  const { t } = useTranslation();
  return (s: SummarySession) =>
    [
      t('session.minutes', { count: s.durationMinutes }),
      t(MODALITY_KEYS[s.modality]),
      t(SETTING_KEYS[s.setting]),
      t(ATTENDANCE_KEYS[s.attendance]),
    ].join(' · ');
}

// Memoised: each new chunk re-renders the list, and the sessions already drawn need not be again.
const SessionEntry = memo(function SessionEntry({
  session: s,
  notes,
}: {
  session: SummarySession;
  notes: Exclude<Notes, 'list'>;
}) {
  const { t, i18n } = useTranslation();
  const facts = useSessionFacts();
  return (
    <article className="summary-session" aria-labelledby={`summary-session-${s.id}`}>
      <header className="summary-session-head">
        <h3 id={`summary-session-${s.id}`}>{formatDateTime(s.startsAt, i18n.language)}</h3>
        <p className="summary-meta">
          {facts(s)} · <SignatureLabel signedAt={s.signedAt} />
        </p>
      </header>
      {notes === 'full' &&
        s.doc &&
        (s.doc.content.length > 0 ? <DocView doc={s.doc} /> : <p className="muted">{t('summary.noNote')}</p>)}
      {notes === 'excerpts' && <p className="summary-excerpt">{s.excerpt || t('summary.noNote')}</p>}
      {(s.addenda ?? []).map((a) => (
        <div key={a.id} className="summary-addendum">
          <p className="summary-addendum-head">
            <strong>{t('summary.addendum', { date: formatDate(a.createdAt, i18n.language) })}</strong> ·{' '}
            <SignatureLabel signedAt={a.signedAt} />
          </p>
          {notes === 'full' ? <DocView doc={a.doc} /> : <p className="summary-excerpt">{a.text}</p>}
        </div>
      ))}
    </article>
  );
});

function SessionTable({ sessions }: { sessions: readonly SummarySession[] }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="summary-table">
      <caption className="visually-hidden">{t('summary.section.sessions')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.column.date')}</th>
          <th scope="col">{t('summary.column.duration')}</th>
          <th scope="col">{t('session.modality')}</th>
          <th scope="col">{t('session.setting')}</th>
          <th scope="col">{t('session.attendance')}</th>
          <th scope="col">{t('summary.column.note')}</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <tr key={s.id}>
            <th scope="row">{formatDateTime(s.startsAt, i18n.language)}</th>
            <td>{t('session.minutes', { count: s.durationMinutes })}</td>
            <td>{t(MODALITY_KEYS[s.modality])}</td>
            <td>{t(SETTING_KEYS[s.setting])}</td>
            <td>{t(ATTENDANCE_KEYS[s.attendance])}</td>
            <td>
              <SignatureLabel signedAt={s.signedAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
