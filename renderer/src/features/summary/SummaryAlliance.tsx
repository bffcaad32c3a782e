import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@shared/api/summary';
import { LazyAllianceTimeline } from '../../charts/LazyAllianceTimeline';

/** The alliance over time: the alliance screen's own chart, with its table of numbers. */
export function SummaryAlliance({ alliance }: { alliance: NonNullable<CaseSummary['alliance']> }) {
  const { t } = useTranslation();
  return (
    <section className="summary-section" aria-labelledby="summary-alliance-title">
      <h2 id="summary-alliance-title">{t('summary.section.alliance')}</h2>
      <div className="summary-chart">
        <LazyAllianceTimeline data={alliance} />
      </div>
    </section>
  );
}
