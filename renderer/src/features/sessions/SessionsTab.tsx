import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { SessionSummary } from '@shared/api/sessions';
import { preloadNoteEditor } from '../../editor/LazyNoteEditor';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { shortcutAria, shortcutLabel, useModShortcut } from '../../ui/mod-shortcut';
import { formatDateTime } from '../../ui/format-date';
import { useWindowedList } from '../../ui/use-windowed-list';
import { ATTENDANCE_KEYS, MODALITY_KEYS, SETTING_KEYS } from './session-meta';
import { useSessionList } from './session-queries';

/** A client's sessions, newest first, each with its note's state and first words. */
export function SessionsTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const sessions = useSessionList(clientId);
  useEffect(preloadNoteEditor, []);
  const [, navigate] = useLocation();
  const newSessionPath = `/clients/${clientId}/sessions/new`;
  // Ctrl/Cmd+N: in the desktop app; a browser keeps that key for a new window of its own.
  const startNew = useCallback(() => navigate(newSessionPath), [navigate, newSessionPath]);
  useModShortcut('N', startNew);
  const newest = [...(sessions.data ?? [])].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <section aria-labelledby="sessions-title">
      <div className="section-header">
        <h2 id="sessions-title">{t('sessions.title')}</h2>
        <Link
          href={newSessionPath}
          className="button-primary button-link"
          title={shortcutLabel('N')}
          aria-keyshortcuts={shortcutAria('N')}
        >
          {t('sessions.new')}
        </Link>
      </div>
      <ErrorNotice error={sessions.error} lead="sessions.loadFailed" />
      {sessions.data && newest.length === 0 && <p className="empty-state">{t('sessions.empty')}</p>}
      <SessionList sessions={newest} />
    </section>
  );
}

/** A card's usual height with its excerpt; measured as cards render. */
const CARD_HEIGHT = 120;

/** The cards near the viewport only: a client with 2,000 sessions costs what one with 20 does. */
function SessionList({ sessions }: { sessions: SessionSummary[] }) {
  const container = useRef<HTMLUListElement>(null);
  const list = useWindowedList(container, sessions.length, CARD_HEIGHT);
  return (
    <ul
      ref={container}
      className="session-list"
      style={list.windowed ? { paddingTop: list.paddingTop, paddingBottom: list.paddingBottom } : undefined}
    >
      {list.indexes.map((index) => {
        const session = sessions[index] as SessionSummary;
        return (
          <SessionItem
            key={session.id}
            session={session}
            index={index}
            count={sessions.length}
            measure={list.windowed ? list.measure : undefined}
          />
        );
      })}
    </ul>
  );
}

interface SessionItemProps {
  session: SessionSummary;
  index: number;
  count: number;
  measure: ((element: Element | null) => void) | undefined;
}

function SessionItem({ session, index, count, measure }: SessionItemProps) {
  const { t, i18n } = useTranslation();
  return (
    <li
      className="session-item"
      ref={measure}
      data-index={index}
      aria-posinset={measure ? index + 1 : undefined}
      aria-setsize={measure ? count : undefined}
    >
      <Link href={`/sessions/${session.id}`} className="session-link">
        {formatDateTime(session.startsAt, i18n.language)}
      </Link>
      <span className={session.signedAt ? 'note-state note-signed' : 'note-state note-draft'}>
        {session.signedAt ? t('note.signed') : t('note.draft')}
      </span>
      <p className="session-meta">
        {[
          t('session.minutes', { count: session.durationMinutes }),
          t(MODALITY_KEYS[session.modality]),
          t(SETTING_KEYS[session.setting]),
          t(ATTENDANCE_KEYS[session.attendance]),
          t('note.words', { count: session.words }),
        ].join(' · ')}
      </p>
      {session.excerpt && <p className="session-excerpt">{session.excerpt}</p>}
    </li>
  );
}
