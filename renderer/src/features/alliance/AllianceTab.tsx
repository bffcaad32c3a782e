import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Rupture } from '@shared/api/ruptures';
import {
  RUPTURE_OUTCOME_LABELS,
  RUPTURE_TYPES,
  RUPTURE_TYPE_LABELS,
  markerById,
  stageById,
  strategyById,
} from '@shared/clinical/rupture-catalogue';
import { host, useHostCapabilities } from '../../api/host';
import { LazyAllianceTimeline, preloadAllianceTimeline } from '../../charts/LazyAllianceTimeline';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { useLanguage } from '../attachment/use-language';
import { ClientPage } from '../clients/ClientPage';
import { intensityLabel } from '../ruptures/rupture-labels';
import { sessionsToRepair, summarize, timelineSessionTimes } from '../ruptures/rupture-history';
import { useAllianceTimeline } from './alliance-queries';
import './alliance.css';

/**
 * The tab's route: the timeline and the chart's code are asked for at once, beside
 * the client's page (which shows its tabs only once it has the client), not one after the other.
 */
export function AllianceTabPage({ clientId }: { clientId: string }) {
  useAllianceTimeline(clientId);
  useEffect(preloadAllianceTimeline, []);
  return <ClientPage clientId={clientId}>{() => <AllianceTab clientId={clientId} />}</ClientPage>;
}

/** The client's "Alliance & ruptures" tab: the alliance over time, the ruptures logged, and what they add up to. */
export function AllianceTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const timeline = useAllianceTimeline(clientId);
  const capabilities = useHostCapabilities();
  const sessionTimes = useMemo(() => (timeline.data ? timelineSessionTimes(timeline.data) : []), [timeline.data]);
  return (
    <div className="alliance-tab">
      <section aria-labelledby="alliance-timeline-title">
        <div className="section-header">
          <h2 id="alliance-timeline-title">{t('allianceTab.timeline')}</h2>
          {capabilities?.has('print') && (
            <button type="button" className="button-quiet" onClick={() => void host('print', {})}>
              {t('allianceTab.print')}
            </button>
          )}
        </div>
        <ErrorNotice error={timeline.error} lead="allianceTab.loadFailed" />
        {timeline.data && <LazyAllianceTimeline data={timeline.data} />}
      </section>
      {timeline.data && <RuptureHistory ruptures={timeline.data.ruptures} sessionTimes={sessionTimes} />}
    </div>
  );
}

function RuptureHistory({ ruptures, sessionTimes }: { ruptures: Rupture[]; sessionTimes: readonly number[] }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const summary = useMemo(() => summarize(ruptures, sessionTimes), [ruptures, sessionTimes]);
  const repairs = useMemo(
    () => new Map(ruptures.map((r) => [r.id, sessionsToRepair(r, sessionTimes)])),
    [ruptures, sessionTimes],
  );
  const open = (r: Rupture) => navigate(`/sessions/${r.sessionId}?rupture=${r.id}`);
  const labels = (ids: readonly string[], find: (id: string) => { label: Record<string, string> } | undefined) =>
    ids.map((id) => find(id)?.label[language] ?? id).join('; ');

  const columns: Column<Rupture>[] = [
    {
      id: 'date',
      header: t('allianceTab.column.date'),
      rowHeader: true,
      sortValue: (r) => r.sessionStartsAt,
      cell: (r) => (
        <Link href={`/sessions/${r.sessionId}?rupture=${r.id}`}>{formatDate(r.sessionStartsAt, i18n.language)}</Link>
      ),
    },
    {
      id: 'type',
      header: t('allianceTab.column.type'),
      sortValue: (r) => r.type,
      cell: (r) => RUPTURE_TYPE_LABELS[r.type][language],
    },
    { id: 'markers', header: t('allianceTab.column.markers'), cell: (r) => labels(r.markers, markerById) },
    {
      id: 'intensity',
      header: t('allianceTab.column.intensity'),
      sortValue: (r) => r.intensity,
      firstDirection: 'descending',
      cell: (r) => (
        <span title={intensityLabel(r.intensity)[language]}>
          {r.intensity}
          <span className="visually-hidden"> ({intensityLabel(r.intensity)[language]})</span>
        </span>
      ),
    },
    { id: 'strategies', header: t('allianceTab.column.strategies'), cell: (r) => labels(r.strategies, strategyById) },
    {
      id: 'stage',
      header: t('allianceTab.column.stage'),
      sortValue: (r) => r.steps.at(-1)?.step ?? 0,
      cell: (r) => {
        const stage = r.stage ? stageById(r.stage) : undefined;
        return stage ? `${stage.step}. ${stage.label[language]}` : '–';
      },
    },
    {
      id: 'outcome',
      header: t('allianceTab.column.outcome'),
      sortValue: (r) => r.outcome,
      cell: (r) => RUPTURE_OUTCOME_LABELS[r.outcome][language],
    },
    {
      id: 'repair',
      header: t('allianceTab.column.repair'),
      sortValue: (r) => repairs.get(r.id) ?? Number.POSITIVE_INFINITY,
      cell: (r) => repairs.get(r.id) ?? '–',
    },
  ];

  const percent = summary.shareResolved === null ? '–' : `${Math.round(summary.shareResolved * 100)} %`;
  return (
    <section aria-labelledby="rupture-history-title" className="rupture-history">
      <h2 id="rupture-history-title">{t('allianceTab.ruptures')}</h2>
      <dl className="rupture-summary">
        <div>
          <dt>{t('allianceTab.summary.total')}</dt>
          <dd>{summary.total}</dd>
        </div>
        {RUPTURE_TYPES.map((type) => (
          <div key={type}>
            <dt>{RUPTURE_TYPE_LABELS[type][language]}</dt>
            <dd>{summary.byType[type]}</dd>
          </div>
        ))}
        <div>
          <dt>{t('allianceTab.summary.resolved')}</dt>
          <dd>
            {t('allianceTab.summary.resolvedValue', { resolved: summary.resolved, total: summary.total, percent })}
          </dd>
        </div>
        <div>
          <dt>{t('allianceTab.summary.median')}</dt>
          <dd>{summary.medianSessionsToRepair ?? '–'}</dd>
        </div>
        <div className="rupture-summary-wide">
          <dt>{t('allianceTab.summary.markers')}</dt>
          <dd>
            {summary.topMarkers.length === 0
              ? '–'
              : summary.topMarkers.map((m) => `${markerById(m.id)?.label[language] ?? m.id} (${m.count})`).join('; ')}
          </dd>
        </div>
      </dl>
      <DataTable
        rows={ruptures}
        columns={columns}
        rowKey={(r) => r.id}
        caption={t('allianceTab.tableCaption')}
        defaultSort={{ column: 'date', direction: 'descending' }}
        onOpen={open}
        className="rupture-table"
        empty={
          <section className="empty-state">
            <h3>{t('allianceTab.emptyTitle')}</h3>
            <p>{t('allianceTab.emptyBody')}</p>
          </section>
        }
      />
      {ruptures.length > 0 && <p className="field-help">{t('allianceTab.repairHelp')}</p>}
    </section>
  );
}
