import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormulationSections, FormulationVersionMeta } from '@shared/api/formulations';
import { FORMULATION_SECTION_NAMES } from '@shared/clinical/formulation-sections';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { useLanguage } from '../attachment/use-language';
import { diffSectionsOnce, hasChanges, type SectionDiff } from './word-diff';
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
  // The tab above already holds the current text, and Compare saves it first: no need to ask again.
  const current = useFormulation(clientId, { refetchOnMount: false });
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

/** What a screen reader says around a change: <ins> and <del> themselves are not announced. */
interface ChangeWords {
  added: string;
  removed: string;
  end: string;
}

function CompareBody({ before, after }: { before: FormulationSections; after: FormulationSections }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const diffs = useMemo(() => diffSectionsOnce(before, after), [before, after]);
  const added = t('formulation.addedStart');
  const removed = t('formulation.removedStart');
  const end = t('formulation.changeEnd');
  const words = useMemo<ChangeWords>(() => ({ added, removed, end }), [added, removed, end]);
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
        <DiffSection
          key={d.section}
          diff={d}
          name={FORMULATION_SECTION_NAMES[d.section][language]}
          summary={
            d.added + d.removed === 0
              ? t('formulation.sectionUnchanged')
              : t('formulation.sectionChanged', { added: d.added, removed: d.removed })
          }
          words={words}
        />
      ))}
    </>
  );
}

interface DiffSectionProps {
  diff: SectionDiff;
  name: string;
  summary: string;
  words: ChangeWords;
}

/**
 * One section's text with its changes marked: a text node per unchanged run, one <ins> or <del>
 * per changed run. Plain elements, not a component per run, so a long text is few fibers.
 */
const DiffSection = memo(function DiffSection({ diff, name, summary, words }: DiffSectionProps) {
  return (
    <section className="diff-section" aria-label={name}>
      <h4>
        {name} <span className="muted diff-count">{summary}</span>
      </h4>
      <p className="diff-text">
        {diff.parts.map((part, i) => {
          if (part.kind === 'same') return part.text;
          const Tag = part.kind === 'added' ? 'ins' : 'del';
          return (
            <Tag key={i}>
              <span className="visually-hidden">{part.kind === 'added' ? words.added : words.removed}</span>
              {part.text}
              <span className="visually-hidden">{words.end}</span>
            </Tag>
          );
        })}
      </p>
    </section>
  );
});
