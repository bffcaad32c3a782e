import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormulationSections, FormulationVersionMeta } from '@shared/api/formulations';
import { FORMULATION_SECTION_NAMES } from '@shared/clinical/formulation-sections';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { useLanguage } from '../attachment/use-language';
import { diffSections, hasChanges, type DiffPart } from './word-diff';
import './formulation.css';
import { useFormulation, useFormulationVersion } from './formulation-queries';

/** The "version" that is the formulation's text as it is now. */
export const CURRENT = 'current';

interface VersionCompareProps {
  clientId: string;
  from: string;
  to: string;
  versions: readonly FormulationVersionMeta[];
}

/** Two texts of the formulation side by side in one column: words added and removed, section by section. */
export function VersionCompare({ clientId, from, to, versions }: VersionCompareProps) {
  const { t, i18n } = useTranslation();
  const older = useFormulationVersion(clientId, from);
  const newerVersion = useFormulationVersion(clientId, to === CURRENT ? null : to);
  const current = useFormulation(clientId);
  const newer: FormulationSections | undefined = to === CURRENT ? current.data?.sections : newerVersion.data?.sections;
  const name = (id: string) => {
    if (id === CURRENT) return t('formulation.currentText');
    const v = versions.find((x) => x.id === id);
    return v ? `${v.name} (${formatDateTime(v.createdAt, i18n.language)})` : '';
  };
  const error = older.error ?? newerVersion.error;
  if (error) return <ErrorNotice error={error} lead="formulation.compareFailed" />;
  if (!older.data || !newer) return null;
  return (
    <section className="version-compare" aria-label={t('formulation.comparison')} data-testid="version-compare">
      <h3>{t('formulation.comparing', { from: name(from), to: name(to) })}</h3>
      <CompareBody before={older.data.sections} after={newer} />
    </section>
  );
}

function CompareBody({ before, after }: { before: FormulationSections; after: FormulationSections }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const diffs = useMemo(() => diffSections(before, after), [before, after]);
  if (!hasChanges(diffs)) {
    return (
      <p className="notice" role="status">
        {t('formulation.noChanges')}
      </p>
    );
  }
  return (
    <>
      <p className="muted diff-legend">
        <ins>{t('formulation.legendAdded')}</ins> <del>{t('formulation.legendRemoved')}</del>
      </p>
      {diffs.map((d) => (
        <section key={d.section} className="diff-section" aria-label={FORMULATION_SECTION_NAMES[d.section][language]}>
          <h4>
            {FORMULATION_SECTION_NAMES[d.section][language]}{' '}
            <span className="muted diff-count">
              {d.added + d.removed === 0
                ? t('formulation.sectionUnchanged')
                : t('formulation.sectionChanged', { added: d.added, removed: d.removed })}
            </span>
          </h4>
          <p className="diff-text">
            {d.parts.map((part, i) => (
              <DiffSpan key={i} part={part} />
            ))}
          </p>
        </section>
      ))}
    </>
  );
}

function DiffSpan({ part }: { part: DiffPart }) {
  const { t } = useTranslation();
  if (part.kind === 'same') return <>{part.text}</>;
  // Screen readers do not announce <ins> and <del>: the change is said in words around them.
  const Tag = part.kind === 'added' ? 'ins' : 'del';
  return (
    <Tag>
      <span className="visually-hidden">
        {t(part.kind === 'added' ? 'formulation.addedStart' : 'formulation.removedStart')}
      </span>
      {part.text}
      <span className="visually-hidden">{t('formulation.changeEnd')}</span>
    </Tag>
  );
}
