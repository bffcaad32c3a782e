import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rupture } from '@shared/api/ruptures';
import {
  RUPTURE_OUTCOME_LABELS,
  RUPTURE_TYPES,
  RUPTURE_TYPE_LABELS,
  markerById,
  stageById,
  strategyById,
} from '@shared/clinical/rupture-catalogue';
import { formatDate } from '../../ui/format-date';
import { useLanguage } from '../attachment/use-language';
import { sessionsToRepair, summarize } from '../ruptures/rupture-history';
import { intensityLabel } from '../ruptures/rupture-labels';

interface SummaryRupturesProps {
  ruptures: readonly Rupture[];
  /** The period's session times, ascending, to count sessions to repair; null when sessions are left out. */
  sessionTimes: readonly number[] | null;
}

/** The rupture history as a table, and what it adds up to (the figures the alliance screen shows). */
export function SummaryRuptures({ ruptures, sessionTimes }: SummaryRupturesProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const summary = useMemo(() => summarize(ruptures, sessionTimes ?? []), [ruptures, sessionTimes]);
  const date = (iso: string) => formatDate(iso, i18n.language);
  const labels = (ids: readonly string[], find: (id: string) => { label: Record<string, string> } | undefined) =>
    ids.map((id) => find(id)?.label[language] ?? id).join('; ') || '–';
  const percent = summary.shareResolved === null ? '–' : `${Math.round(summary.shareResolved * 100)} %`;
  return (
    <section className="summary-section" aria-labelledby="summary-ruptures-title">
      <h2 id="summary-ruptures-title">{t('summary.section.ruptures')}</h2>
      {ruptures.length === 0 ? (
        <p className="muted">{t('summary.noRuptures')}</p>
      ) : (
        <>
          <dl className="summary-facts">
            <div>
              <dt>{t('summary.rupture.total')}</dt>
              <dd>{summary.total}</dd>
            </div>
            {RUPTURE_TYPES.map((type) => (
              <div key={type}>
                <dt>{RUPTURE_TYPE_LABELS[type][language]}</dt>
                <dd>{summary.byType[type]}</dd>
              </div>
            ))}
            <div>
              <dt>{t('summary.rupture.resolved')}</dt>
              <dd>
                {t('summary.rupture.resolvedValue', { resolved: summary.resolved, total: summary.total, percent })}
              </dd>
            </div>
            {sessionTimes && (
              <div>
                <dt>{t('summary.rupture.median')}</dt>
                <dd>{summary.medianSessionsToRepair ?? '–'}</dd>
              </div>
            )}
            <div className="summary-facts-wide">
              <dt>{t('summary.rupture.markers')}</dt>
              <dd>
                {summary.topMarkers.length === 0
                  ? '–'
                  : summary.topMarkers
                      .map((m) => `${markerById(m.id)?.label[language] ?? m.id} (${m.count})`)
                      .join('; ')}
              </dd>
            </div>
          </dl>
          <h3 id="summary-rupture-table-title">{t('summary.rupture.caption')}</h3>
          <table className="summary-table summary-rupture-table" aria-labelledby="summary-rupture-table-title">
            <thead>
              <tr>
                <th scope="col">{t('summary.rupture.date')}</th>
                <th scope="col">{t('summary.rupture.type')}</th>
                <th scope="col">{t('summary.rupture.stage')}</th>
                <th scope="col">{t('summary.rupture.outcome')}</th>
                {sessionTimes && <th scope="col">{t('summary.rupture.repair')}</th>}
              </tr>
            </thead>
            {ruptures.map((r) => {
              const stage = r.stage ? stageById(r.stage) : undefined;
              const repair = sessionTimes ? sessionsToRepair(r, sessionTimes) : null;
              // One body per rupture: its row and the line of markers and strategies under it print together.
              return (
                <tbody key={r.id}>
                  <tr>
                    <th scope="row">{date(r.sessionStartsAt)}</th>
                    <td>
                      {RUPTURE_TYPE_LABELS[r.type][language]}, {r.intensity} ({intensityLabel(r.intensity)[language]})
                    </td>
                    <td>{stage ? `${stage.step}. ${stage.label[language]}` : '–'}</td>
                    <td>
                      {RUPTURE_OUTCOME_LABELS[r.outcome][language]}
                      {r.resolvedStartsAt && ` (${date(r.resolvedStartsAt)})`}
                    </td>
                    {sessionTimes && <td>{repair ?? '–'}</td>}
                  </tr>
                  <tr className="summary-rupture-detail">
                    <td colSpan={sessionTimes ? 5 : 4}>
                      {t('summary.rupture.markersLine', { markers: labels(r.markers, markerById) })}
                      <br />
                      {t('summary.rupture.strategiesLine', { strategies: labels(r.strategies, strategyById) })}
                    </td>
                  </tr>
                </tbody>
              );
            })}
          </table>
        </>
      )}
    </section>
  );
}
