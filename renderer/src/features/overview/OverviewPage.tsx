import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  RUPTURE_OUTCOME_LABELS,
  RUPTURE_TYPES,
  RUPTURE_TYPE_LABELS,
  stageById,
} from '@shared/clinical/rupture-catalogue';
import { preloadAllianceTimeline } from '../../charts/LazyAllianceTimeline';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { PageHeading } from '../../ui/PageHeading';
import { useLanguage } from '../attachment/use-language';
import { useDisplayName } from '../clients/display-preference';
import { useOverview } from './overview-queries';
import './overview.css';

/**
 * The first screen after unlock: what waits for follow-up across the practice. Ruptures not yet
 * resolved, dips in a client's alliance with no rupture logged near them, notes not yet signed,
 * and this month's ruptures by type; every item a link to where it is dealt with.
 */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const nameOf = useDisplayName();
  const overview = useOverview();
  // Its dips and ruptures lead to a client's alliance timeline: the chart's code is fetched meanwhile.
  useEffect(preloadAllianceTimeline, []);
  const date = (iso: string) => formatDate(iso, i18n.language);
  const data = overview.data;
  return (
    <>
      <div className="page-header">
        <PageHeading>{t('overview.title')}</PageHeading>
        <Link href="/clients/new" className="button-quiet button-link">
          {t('clients.new')}
        </Link>
      </div>
      <ErrorNotice error={overview.error} lead="overview.loadFailed" />
      {data && (
        <div className="overview-grid">
          <OverviewSection
            id="open-ruptures"
            title={t('overview.openRuptures')}
            count={data.openRuptures.count}
            shown={data.openRuptures.items.length}
            empty={t('overview.openRupturesEmpty')}
          >
            {data.openRuptures.items.map((r) => {
              const stage = r.stage ? stageById(r.stage) : undefined;
              return (
                <li key={r.id}>
                  <Link href={`/sessions/${r.sessionId}?rupture=${r.id}`} className="overview-item-link">
                    {nameOf({ name: r.clientName, pseudonym: r.clientPseudonym })}:{' '}
                    {RUPTURE_TYPE_LABELS[r.type][language]}, {date(r.sessionStartsAt)}
                  </Link>
                  <span className="overview-item-meta">
                    {t('overview.intensity', { n: r.intensity })} · {RUPTURE_OUTCOME_LABELS[r.outcome][language]} ·{' '}
                    {stage
                      ? t('overview.stage', { step: stage.step, stage: stage.label[language] })
                      : t('overview.noStage')}{' '}
                    · {t('overview.lastActivity', { date: date(r.lastActivityAt) })}
                  </span>
                </li>
              );
            })}
          </OverviewSection>
          <OverviewSection
            id="unnoticed"
            title={t('overview.unnoticed')}
            count={data.possibleUnnoticed.count}
            shown={data.possibleUnnoticed.items.length}
            empty={t('overview.unnoticedEmpty')}
            help={t('overview.unnoticedHelp')}
          >
            {data.possibleUnnoticed.items.map((d) => (
              <li key={d.sessionId}>
                <Link href={`/sessions/${d.sessionId}`} className="overview-item-link">
                  {nameOf({ name: d.clientName, pseudonym: d.clientPseudonym })}: {date(d.startsAt)}
                </Link>
                <span className="overview-item-meta">
                  {t('overview.drop', { drop: d.dropSd.toFixed(1) })} ·{' '}
                  {t(d.repairedAtSessionId ? 'overview.cameBack' : 'overview.notBack')} ·{' '}
                  <Link href={`/clients/${d.clientId}/alliance`}>{t('overview.timeline')}</Link>
                </span>
              </li>
            ))}
          </OverviewSection>
          <OverviewSection
            id="unsigned"
            title={t('overview.unsigned')}
            count={data.unsignedNotes.count}
            shown={data.unsignedNotes.items.length}
            empty={t('overview.unsignedEmpty')}
          >
            {data.unsignedNotes.items.map((n) => (
              <li key={n.sessionId}>
                <Link href={`/sessions/${n.sessionId}`} className="overview-item-link">
                  {nameOf({ name: n.clientName, pseudonym: n.clientPseudonym })}: {date(n.startsAt)}
                </Link>
                <span className="overview-item-meta">
                  {n.ageDays === 0
                    ? t('unsigned.today')
                    : n.ageDays === 1
                      ? t('unsigned.oneDay')
                      : t('unsigned.days', { count: n.ageDays })}
                </span>
              </li>
            ))}
          </OverviewSection>
          <section className="panel overview-section" aria-labelledby="overview-month">
            <h2 id="overview-month">
              {t('overview.month', {
                month: new Date(`${data.rupturesThisMonth.month}-15T12:00:00Z`).toLocaleDateString(i18n.language, {
                  month: 'long',
                  year: 'numeric',
                }),
              })}
            </h2>
            <dl className="overview-month">
              {RUPTURE_TYPES.map((type) => (
                <div key={type}>
                  <dt>{RUPTURE_TYPE_LABELS[type][language]}</dt>
                  <dd>{data.rupturesThisMonth.byType[type]}</dd>
                </div>
              ))}
              <div>
                <dt>{t('overview.monthTotal')}</dt>
                <dd>{data.rupturesThisMonth.total}</dd>
              </div>
            </dl>
          </section>
        </div>
      )}
    </>
  );
}

interface OverviewSectionProps {
  id: string;
  title: string;
  count: number;
  shown: number;
  empty: string;
  help?: string;
  children: ReactNode;
}

function OverviewSection({ id, title, count, shown, empty, help, children }: OverviewSectionProps) {
  const { t } = useTranslation();
  const headingId = `overview-${id}`;
  return (
    <section className="panel overview-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="overview-count">{count}</span>
      </h2>
      {help && <p className="field-help">{help}</p>}
      {count === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <ul className="overview-list">{children}</ul>
          {shown < count && <p className="muted">{t('overview.more', { shown, count })}</p>}
        </>
      )}
    </section>
  );
}
