import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Hypothesis } from '@shared/api/hypotheses';
import { PATTERN_NAMES, PATTERNS } from '@shared/clinical/attachment-patterns';
import { indicatorById } from '@shared/clinical/indicator-catalogue';
import { docToPlainText } from '@shared/notes/plain-text';
import { DocView } from '../../ui/DocView';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { EvidenceList } from './EvidenceList';
import { useHypothesisEvidence } from './evidence-queries';
import { HypothesisFacts } from './HypothesisFacts';
import { LiteratureNotes } from './LiteratureNotes';
import { attachmentHref } from './attachment-route';
import { useLanguage } from './use-language';

/** One hypothesis read back: its place on the plane, the evidence ticked and linked, and the literature. */
export function HypothesisDetail({ hypothesis: h }: { hypothesis: Hypothesis }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const evidence = useHypothesisEvidence(h.id);
  const indicators = PATTERNS.map((p) => ({
    pattern: p,
    items: h.indicators.flatMap((id) => {
      const indicator = indicatorById(id);
      return indicator && indicator.pattern === p ? [indicator] : [];
    }),
  })).filter((g) => g.items.length > 0);
  const hasRationale = docToPlainText(h.rationale).trim() !== '';

  return (
    <article className="hypothesis-detail panel" aria-labelledby="hypothesis-detail-title">
      <div className="section-header">
        <h3 id="hypothesis-detail-title">
          {t('hypothesis.detailTitle', {
            date: formatDate(h.date, i18n.language),
            pattern: PATTERN_NAMES[h.pattern][language],
          })}
        </h3>
        <div className="note-actions">
          <Link
            href={attachmentHref(h.clientId, { hypothesis: h.id, edit: true })}
            className="button-quiet button-link"
          >
            {t('hypothesis.edit')}
          </Link>
        </div>
      </div>
      <HypothesisFacts hypothesis={h} className="facts hypothesis-facts" withPattern />
      <h4>{t('hypothesis.indicators')}</h4>
      {indicators.length === 0 ? (
        <p className="muted">{t('hypothesis.noIndicators')}</p>
      ) : (
        indicators.map((g) => (
          <div key={g.pattern} className="indicator-summary">
            <p className="indicator-summary-pattern">{PATTERN_NAMES[g.pattern][language]}</p>
            <ul>
              {g.items.map((i) => (
                <li key={i.id}>{i.label[language]}</li>
              ))}
            </ul>
          </div>
        ))
      )}
      <h4>{t('hypothesis.rationale')}</h4>
      {hasRationale ? <DocView doc={h.rationale} /> : <p className="muted">{t('hypothesis.noRationale')}</p>}
      <ErrorNotice error={evidence.error} lead="evidence.loadFailed" />
      {evidence.data && <EvidenceList items={evidence.data} title={t('evidence.linkedPassages')} />}
      <LiteratureNotes quadrant={h.quadrant} />
    </article>
  );
}
