import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Rupture } from '@shared/api/ruptures';
import type { Session } from '@shared/api/sessions';
import {
  ALLIANCE_PART_LABELS,
  RUPTURE_OUTCOME_LABELS,
  RUPTURE_TYPE_LABELS,
  markerById,
  strategyById,
} from '@shared/clinical/rupture-catalogue';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { useLanguage } from '../attachment/use-language';
import { intensityLabel } from './rupture-labels';
import { RuptureDialog } from './RuptureDialog';
import { RuptureOutcome } from './RuptureOutcome';
import { RuptureStepper } from './RuptureStepper';
import { useRuptures } from './rupture-queries';
import './ruptures.css';

type Here = Pick<Session, 'id' | 'clientId' | 'startsAt'>;

const time = (iso: string) => Date.parse(iso);

/**
 * The ruptures this session has to do with: those logged at it, those resolved at it, and those
 * of earlier sessions still open, whose repair may go on here.
 */
export function sessionRuptures(ruptures: readonly Rupture[], here: Here): Rupture[] {
  return ruptures.filter(
    (r) =>
      r.sessionId === here.id ||
      r.resolvedSessionId === here.id ||
      r.steps.some((s) => s.sessionId === here.id) ||
      (r.outcome !== 'resolved' && time(r.sessionStartsAt) <= time(here.startsAt)),
  );
}

/** Ruptures in the session view: log one, follow each one's repair step by step, record its outcome. */
export function RupturesPanel({ session }: { session: Here }) {
  const { t } = useTranslation();
  const ruptures = useRuptures(session.clientId);
  const [logging, setLogging] = useState(false);
  const shown = ruptures.data ? sessionRuptures(ruptures.data, session) : [];
  return (
    <section className="panel ruptures-panel" aria-labelledby="ruptures-title">
      <div className="section-header">
        <h2 id="ruptures-title">{t('ruptures.title')}</h2>
        <button type="button" className="button-quiet" onClick={() => setLogging(true)}>
          {t('rupture.log')}
        </button>
      </div>
      <p className="field-help">{t('ruptures.sessionHelp')}</p>
      <ErrorNotice error={ruptures.error} lead="ruptures.loadFailed" />
      {ruptures.data && shown.length === 0 && <p className="muted">{t('ruptures.noneHere')}</p>}
      {shown.map((r) => (
        <RuptureCard key={r.id} rupture={r} here={session} />
      ))}
      {logging && <RuptureDialog session={session} onClose={() => setLogging(false)} />}
    </section>
  );
}

function RuptureCard({ rupture, here }: { rupture: Rupture; here: Here }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const headingId = `rupture-${rupture.id}`;
  const loggedHere = rupture.sessionId === here.id;
  return (
    <article className={`rupture-card rupture-${rupture.type}`} aria-labelledby={headingId}>
      <header className="rupture-card-header">
        <h3 id={headingId}>
          {RUPTURE_TYPE_LABELS[rupture.type][language]}
          <span className="rupture-intensity">
            {t('rupture.intensityShort', { n: rupture.intensity, label: intensityLabel(rupture.intensity)[language] })}
          </span>
        </h3>
        <p className="rupture-meta">
          {loggedHere ? (
            t('rupture.loggedHere')
          ) : (
            <Link href={`/sessions/${rupture.sessionId}?rupture=${rupture.id}`}>
              {t('rupture.loggedAt', { date: formatDate(rupture.sessionStartsAt, i18n.language) })}
            </Link>
          )}
          {' · '}
          {RUPTURE_OUTCOME_LABELS[rupture.outcome][language]}
        </p>
        <button
          type="button"
          className="button-quiet button-small"
          aria-label={`${t('rupture.edit')}: ${RUPTURE_TYPE_LABELS[rupture.type][language]}, ${formatDate(rupture.sessionStartsAt, i18n.language)}`}
          onClick={() => setEditing(true)}
        >
          {t('rupture.edit')}
        </button>
      </header>
      {rupture.quote && (
        <blockquote className="rupture-quote">
          <p>{rupture.quote.exact}</p>
        </blockquote>
      )}
      <dl className="rupture-facts">
        {rupture.markers.length > 0 && (
          <>
            <dt>{t('rupture.markers')}</dt>
            <dd>{rupture.markers.map((m) => markerById(m)?.label[language] ?? m).join('; ')}</dd>
          </>
        )}
        {rupture.strained.length > 0 && (
          <>
            <dt>{t('rupture.strained')}</dt>
            <dd>{rupture.strained.map((p) => ALLIANCE_PART_LABELS[p][language]).join(', ')}</dd>
          </>
        )}
        {rupture.strategies.length > 0 && (
          <>
            <dt>{t('rupture.strategies')}</dt>
            <dd>{rupture.strategies.map((s) => strategyById(s)?.label[language] ?? s).join('; ')}</dd>
          </>
        )}
        {rupture.contribution && (
          <>
            <dt>{t('rupture.contribution')}</dt>
            <dd className="rupture-contribution">{rupture.contribution}</dd>
          </>
        )}
      </dl>
      <h4 className="rupture-subheading">{t('rupture.stages')}</h4>
      <RuptureStepper rupture={rupture} here={here} />
      <RuptureOutcome key={`${rupture.outcome}-${rupture.resolvedSessionId ?? ''}`} rupture={rupture} here={here} />
      {editing && (
        <RuptureDialog
          session={{ id: rupture.sessionId, clientId: rupture.clientId }}
          rupture={rupture}
          onClose={() => setEditing(false)}
        />
      )}
    </article>
  );
}
