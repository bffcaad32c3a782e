import { useId, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { SUMMARY_NAMES, SUMMARY_NOTES, SUMMARY_SECTIONS } from '@shared/api/constants';
import type { TranslationKey } from '../../i18n/resources';
import { PAPER_SIZES, type PaperSize } from './print-furniture';
import type { SummaryNames, SummaryNotes, SummaryRoute, SummarySection } from './summary-route';

export const SECTION_KEYS: Record<SummarySection, TranslationKey> = {
  formulation: 'summary.section.formulation',
  attachment: 'summary.section.attachment',
  alliance: 'summary.section.alliance',
  ruptures: 'summary.section.ruptures',
  sessions: 'summary.section.sessions',
};

const NOTES_KEYS: Record<SummaryNotes, TranslationKey> = {
  full: 'summary.notes.full',
  excerpts: 'summary.notes.excerpts',
  list: 'summary.notes.list',
};

const NAMES_KEYS: Record<SummaryNames, TranslationKey> = {
  name: 'summary.names.name',
  pseudonym: 'summary.names.pseudonym',
};

const PAPER_KEYS: Record<PaperSize, TranslationKey> = {
  a4: 'summary.paper.a4',
  letter: 'summary.paper.letter',
};

interface SummaryOptionsFormProps {
  /** What the address holds, with names resolved (the practice's setting when the address has none). */
  route: SummaryRoute & { names: SummaryNames };
  onSubmit: (route: SummaryRoute) => void;
  firstFieldRef?: RefObject<HTMLInputElement | null>;
}

/** The period and what the summary holds; on screen only (print.css hides it). */
export function SummaryOptionsForm({ route, onSubmit, firstFieldRef }: SummaryOptionsFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(route);
  const set = <K extends keyof SummaryRoute>(key: K, value: SummaryRoute[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const toggleSection = (section: SummarySection, on: boolean) =>
    set(
      'sections',
      SUMMARY_SECTIONS.filter((s) => (s === section ? on : values.sections.includes(s))),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ ...values, contact: values.names === 'name' && values.contact });
  };
  const periodInvalid = values.from !== '' && values.to !== '' && values.to < values.from;

  return (
    <form className="summary-options" aria-label={t('summary.options')} onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('summary.period')}</legend>
        <div className="summary-options-row">
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('summary.from')}</label>
            <input
              ref={firstFieldRef}
              id={`${id}-from`}
              type="date"
              value={values.from}
              onChange={(e) => set('from', e.target.value)}
              aria-describedby={`${id}-period-help`}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('summary.to')}</label>
            <input
              id={`${id}-to`}
              type="date"
              value={values.to}
              min={values.from || undefined}
              onChange={(e) => set('to', e.target.value)}
              aria-describedby={`${id}-period-help`}
              aria-invalid={periodInvalid}
            />
          </div>
        </div>
        <p id={`${id}-period-help`} className={periodInvalid ? 'field-error' : 'field-help'}>
          {periodInvalid ? t('summary.periodInvalid') : t('summary.periodHelp')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('summary.notes')}</legend>
        {SUMMARY_NOTES.map((notes) => (
          <label key={notes} className="choice">
            <input
              type="radio"
              name={`${id}-notes`}
              checked={values.notes === notes}
              onChange={() => set('notes', notes)}
            />
            {t(NOTES_KEYS[notes])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('summary.names')}</legend>
        {SUMMARY_NAMES.map((names) => (
          <label key={names} className="choice">
            <input
              type="radio"
              name={`${id}-names`}
              checked={values.names === names}
              onChange={() => set('names', names)}
            />
            {t(NAMES_KEYS[names])}
          </label>
        ))}
        <label className="choice">
          <input
            type="checkbox"
            checked={values.names === 'name' && values.contact}
            disabled={values.names !== 'name'}
            onChange={(e) => set('contact', e.target.checked)}
            aria-describedby={`${id}-contact-help`}
          />
          {t('summary.contact')}
        </label>
        <p id={`${id}-contact-help`} className="field-help">
          {t('summary.contactHelp')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('summary.sections')}</legend>
        {SUMMARY_SECTIONS.map((section) => (
          <label key={section} className="choice">
            <input
              type="checkbox"
              checked={values.sections.includes(section)}
              onChange={(e) => toggleSection(section, e.target.checked)}
            />
            {t(SECTION_KEYS[section])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('summary.paper')}</legend>
        {PAPER_SIZES.map((paper) => (
          <label key={paper} className="choice">
            <input
              type="radio"
              name={`${id}-paper`}
              checked={values.paper === paper}
              onChange={() => set('paper', paper)}
            />
            {t(PAPER_KEYS[paper])}
          </label>
        ))}
      </fieldset>
      <div className="summary-options-actions">
        <button type="submit" className="button-primary" disabled={periodInvalid}>
          {t('summary.show')}
        </button>
      </div>
    </form>
  );
}
