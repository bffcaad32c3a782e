import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllianceRating } from '@shared/api/alliance';
import type { Session } from '@shared/api/sessions';
import {
  CLINICIAN_RATING_MAX,
  CLINICIAN_RATING_MIN,
  MAX_REFLECTION,
  SRS_CONVERSATION_AT,
  SRS_MAX,
  SRS_MIN,
  WAI_SR_MAX,
  WAI_SR_MIN,
  WAI_SR_SUBSCALE_MAX,
  WAI_SR_SUBSCALE_MIN,
  type ClientInstrument,
} from '@shared/clinical/alliance';
import type { TranslationKey } from '../../i18n/resources';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { NumberField } from '../../ui/NumberField';
import { useSettings } from '../settings/settings-queries';
import {
  buildAllianceInput,
  CLINICIAN_STEPS,
  instrumentFor,
  toAllianceForm,
  waiTotal,
  type AllianceFormErrors,
  type AllianceFormValues,
  type ScoreField,
} from './alliance-form-values';
import { useAllianceRating, useRecordAlliance } from './alliance-queries';
import './alliance.css';

/** The session's alliance (DOMAIN.md §4): the clinician's goal, task and bond, a client-rated total, a reflection. */
export function AlliancePanel({ session }: { session: Pick<Session, 'id'> }) {
  const { t } = useTranslation();
  const rating = useAllianceRating(session.id);
  const settings = useSettings();
  return (
    <section className="panel alliance-panel" aria-labelledby="alliance-title">
      <h2 id="alliance-title">{t('alliance.title')}</h2>
      {rating.data && settings.data ? (
        <AllianceForm
          key={rating.data.sessionId}
          rating={rating.data}
          instrument={instrumentFor(rating.data, settings.data.allianceInstrument)}
        />
      ) : (
        <ErrorNotice error={rating.error ?? settings.error} lead="alliance.loadFailed" />
      )}
    </section>
  );
}

const PART_KEYS = {
  goal: 'alliance.goal',
  task: 'alliance.task',
  bond: 'alliance.bond',
} as const satisfies Record<string, TranslationKey>;

const WAI_KEYS = {
  waiGoal: 'alliance.waiGoal',
  waiTask: 'alliance.waiTask',
  waiBond: 'alliance.waiBond',
} as const satisfies Record<string, TranslationKey>;

const SCORE_ERROR_KEYS: Record<NonNullable<AllianceFormErrors[ScoreField]>, TranslationKey> = {
  range: 'alliance.error.range',
  incomplete: 'alliance.error.incomplete',
};

function AllianceForm({ rating, instrument }: { rating: AllianceRating; instrument: ClientInstrument | null }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<AllianceFormValues>(() => toAllianceForm(rating));
  const [errors, setErrors] = useState<AllianceFormErrors>({});
  const record = useRecordAlliance();
  const set = (key: keyof AllianceFormValues, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, ...(key in e ? { [key]: undefined } : {}) }));
    record.reset();
  };
  const errorText = (field: ScoreField, min: number, max: number) => {
    const e = errors[field];
    return e ? t(SCORE_ERROR_KEYS[e], { min, max }) : false;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = buildAllianceInput(rating.sessionId, instrument, values);
    if ('errors' in built) {
      setErrors(built.errors);
      return;
    }
    record.mutate(built.input);
  };

  const srs = Number(values.srsTotal);
  const total = waiTotal(values);
  return (
    <form onSubmit={submit} noValidate className="alliance-form">
      <p className="field-help">
        {t('alliance.clinicianHelp', { min: CLINICIAN_RATING_MIN, max: CLINICIAN_RATING_MAX })}
      </p>
      {(['goal', 'task', 'bond'] as const).map((part) => (
        <RatingScale key={part} legend={t(PART_KEYS[part])} value={values[part]} onChange={(v) => set(part, v)} />
      ))}
      {instrument === 'srs' && (
        <NumberField
          label={t('alliance.srsTotal', { min: SRS_MIN, max: SRS_MAX })}
          help={
            values.srsTotal.trim() !== '' && Number.isFinite(srs) && srs <= SRS_CONVERSATION_AT
              ? t('alliance.srsConversation', { at: SRS_CONVERSATION_AT })
              : t('alliance.clientHelp')
          }
          error={errorText('srsTotal', SRS_MIN, SRS_MAX)}
          min={SRS_MIN}
          max={SRS_MAX}
          value={values.srsTotal}
          onChange={(value) => set('srsTotal', value)}
        />
      )}
      {instrument === 'wai-sr' && (
        <fieldset className="alliance-wai">
          <legend>{t('alliance.waiTitle')}</legend>
          <p className="field-help">{t('alliance.clientHelp')}</p>
          <div className="alliance-wai-fields">
            {(['waiGoal', 'waiTask', 'waiBond'] as const).map((field) => (
              <NumberField
                key={field}
                label={t(WAI_KEYS[field], { min: WAI_SR_SUBSCALE_MIN, max: WAI_SR_SUBSCALE_MAX })}
                error={errorText(field, WAI_SR_SUBSCALE_MIN, WAI_SR_SUBSCALE_MAX)}
                min={WAI_SR_SUBSCALE_MIN}
                max={WAI_SR_SUBSCALE_MAX}
                value={values[field]}
                onChange={(value) => set(field, value)}
              />
            ))}
          </div>
          <p className="alliance-wai-total" aria-live="polite">
            {t('alliance.waiTotal', { min: WAI_SR_MIN, max: WAI_SR_MAX })} <output>{total ?? '–'}</output>
          </p>
        </fieldset>
      )}
      {instrument === null && <p className="field-help">{t('alliance.noInstrument')}</p>}
      <Field label={t('alliance.reflection')} help={t('alliance.reflectionHelp')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            autoComplete="off"
            maxLength={MAX_REFLECTION}
            value={values.reflection}
            onChange={(e) => set('reflection', e.target.value)}
          />
        )}
      </Field>
      <ErrorNotice error={record.error} lead="alliance.saveFailed" />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={record.isPending}>
          {t('alliance.save')}
        </button>
        {record.isSuccess && <p role="status">{t('alliance.saved')}</p>}
      </div>
    </form>
  );
}

/** One of Bordin's parts as a row of radio buttons 1–7, and "not rated". */
function RatingScale({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="rating-scale">
      <legend>{legend}</legend>
      <div className="rating-scale-options">
        {CLINICIAN_STEPS.map((n) => (
          <label key={n} className="rating-option">
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === String(n)}
              onChange={() => onChange(String(n))}
            />
            <span>{n}</span>
          </label>
        ))}
        <label className="rating-option rating-none">
          <input type="radio" name={name} value="" checked={value === ''} onChange={() => onChange('')} />
          <span>{t('alliance.notRated')}</span>
        </label>
      </div>
    </fieldset>
  );
}
