import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@shared/api/summary';
import { PATTERN_NAMES } from '@shared/clinical/attachment-patterns';
import { indicatorById } from '@shared/clinical/indicator-catalogue';
import { docToPlainText } from '@shared/notes/plain-text';
import { LazyAttachmentPlane } from '../../charts/LazyAttachmentPlane';
import { DocView } from '../../ui/DocView';
import { formatDate } from '../../ui/format-date';
import { HypothesisFacts } from '../attachment/HypothesisFacts';
import { useLanguage } from '../attachment/use-language';

/** The current attachment hypothesis, and every hypothesis as the plane and its trajectory (the attachment screen's own chart). */
export function SummaryAttachment({ attachment }: { attachment: NonNullable<CaseSummary['attachment']> }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const h = attachment.current;
  return (
    <section className="summary-section" aria-labelledby="summary-attachment-title">
      <h2 id="summary-attachment-title">{t('summary.section.attachment')}</h2>
      {!h ? (
        <p className="muted">{t('summary.noHypothesis')}</p>
      ) : (
        <div className="summary-block">
          <h3>
            {t('summary.currentHypothesis', {
              date: formatDate(h.date, i18n.language),
              pattern: PATTERN_NAMES[h.pattern][language],
            })}
          </h3>
          <HypothesisFacts hypothesis={h} className="summary-facts">
            {h.indicators.length > 0 && (
              <div className="summary-facts-wide">
                <dt>{t('hypothesis.indicators')}</dt>
                <dd>{h.indicators.map((id) => indicatorById(id)?.label[language] ?? id).join('; ')}</dd>
              </div>
            )}
          </HypothesisFacts>
          {docToPlainText(h.rationale).trim() !== '' && (
            <>
              <h4>{t('hypothesis.rationale')}</h4>
              <DocView doc={h.rationale} />
            </>
          )}
        </div>
      )}
      {attachment.hypotheses.length > 0 && (
        <div className="summary-chart">
          <LazyAttachmentPlane points={attachment.hypotheses} {...(h ? { selectedId: h.id } : {})} />
        </div>
      )}
    </section>
  );
}
