import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@shared/api/summary';
import { FORMULATION_SECTIONS, FORMULATION_SECTION_NAMES } from '@shared/clinical/formulation-sections';
import { DocView } from '../../ui/DocView';
import { formatDate } from '../../ui/format-date';
import { useLanguage } from '../attachment/use-language';

/** The current formulation, every section written so far, read-only. */
export function SummaryFormulation({ formulation }: { formulation: NonNullable<CaseSummary['formulation']> }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const written = FORMULATION_SECTIONS.filter((section) => (formulation.sections[section]?.content.length ?? 0) > 0);
  return (
    <section className="summary-section" aria-labelledby="summary-formulation-title">
      <h2 id="summary-formulation-title">{t('summary.section.formulation')}</h2>
      {formulation.updatedAt && (
        <p className="summary-meta">
          {t('summary.formulationUpdated', { date: formatDate(formulation.updatedAt, i18n.language) })}
        </p>
      )}
      {written.length === 0 && <p className="muted">{t('summary.formulationEmpty')}</p>}
      {written.map((section) => {
        const doc = formulation.sections[section];
        return (
          doc && (
            <div key={section} className="summary-block">
              <h3>{FORMULATION_SECTION_NAMES[section][language]}</h3>
              <DocView doc={doc} />
            </div>
          )
        );
      })}
    </section>
  );
}
