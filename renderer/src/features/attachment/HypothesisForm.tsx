import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hypothesis } from '@shared/api/hypotheses';
import {
  AXIS_MAX,
  AXIS_MIN,
  AXIS_STEP,
  CONFIDENCES,
  CONTEXTS,
  HYPOTHESIS_STATUSES,
  PATTERN_NAMES,
  PATTERNS,
  quadrantOf,
  type AttachmentContext,
} from '@shared/clinical/attachment-patterns';
import { INDICATORS } from '@shared/clinical/indicator-catalogue';
import type { NoteDoc } from '@shared/notes/doc-schema';
import { LazyNoteEditor } from '../../editor/LazyNoteEditor';
import type { NoteEditorHandle } from '../../editor/note-editor-handle';
import type { TranslationKey } from '../../i18n/resources';
import { QUADRANT_KEYS, STATUS_KEYS } from '../../charts/plane-labels';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { checkValues, parseAxis, type HypothesisFormErrors, type HypothesisFormValues } from './hypothesis-form-values';
import { useCreateHypothesis, useUpdateHypothesis } from './hypothesis-queries';
import { useLanguage } from './use-language';

export const CONFIDENCE_KEYS: Record<(typeof CONFIDENCES)[number], TranslationKey> = {
  low: 'hypothesis.confidence.low',
  moderate: 'hypothesis.confidence.moderate',
  high: 'hypothesis.confidence.high',
};

export const CONTEXT_KEYS: Record<AttachmentContext, TranslationKey> = {
  partner: 'hypothesis.context.partner',
  parents: 'hypothesis.context.parents',
  children: 'hypothesis.context.children',
  friends: 'hypothesis.context.friends',
  work: 'hypothesis.context.work',
  therapist: 'hypothesis.context.therapist',
};

const ERROR_KEYS: Record<keyof HypothesisFormErrors, Record<'required' | 'invalid', TranslationKey>> = {
  date: { required: 'hypothesis.error.dateRequired', invalid: 'hypothesis.error.date' },
  anxiety: { required: 'hypothesis.error.axisRequired', invalid: 'hypothesis.error.axis' },
  avoidance: { required: 'hypothesis.error.axisRequired', invalid: 'hypothesis.error.axis' },
  pattern: { required: 'hypothesis.error.pattern', invalid: 'hypothesis.error.pattern' },
};

const EMPTY: NoteDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

interface HypothesisFormProps {
  clientId: string;
  initial: HypothesisFormValues;
  initialRationale?: NoteDoc;
  /** The hypothesis edited; none for a new one. */
  editing?: Hypothesis;
  onDone: (hypothesis: Hypothesis) => void;
  onCancel: () => void;
}

/** Every field of a hypothesis: the two axes, the closest pattern, contexts, indicators, rationale. */
export function HypothesisForm({
  clientId,
  initial,
  initialRationale,
  editing,
  onDone,
  onCancel,
}: HypothesisFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<HypothesisFormErrors>({});
  const rationale = useRef<NoteEditorHandle>(null);
  const create = useCreateHypothesis();
  const update = useUpdateHypothesis();
  const mutation = editing ? update : create;
  const set = (patch: Partial<HypothesisFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const toggle = <T extends string>(list: T[], item: T, on: boolean): T[] =>
    on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

  const anxiety = parseAxis(values.anxiety);
  const avoidance = parseAxis(values.avoidance);
  const quadrant = anxiety !== null && avoidance !== null ? quadrantOf(anxiety, avoidance) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = checkValues(values);
    if (!result.ok) {
      setErrors(result.errors);
      const first = Object.keys(result.errors)[0];
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setErrors({});
    const doc = rationale.current?.getDoc();
    const fields = { ...result.fields, ...(doc ? { rationale: doc } : {}) };
    if (editing) update.mutate({ id: editing.id, ...fields }, { onSuccess: onDone });
    else create.mutate({ clientId, ...fields }, { onSuccess: onDone });
  };

  const error = (field: keyof HypothesisFormErrors) => {
    const e = errors[field];
    return e ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {t(ERROR_KEYS[field][e])}
      </p>
    ) : null;
  };
  const described = (field: keyof HypothesisFormErrors, help?: string) =>
    [help, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <form className="hypothesis-form panel" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{editing ? t('hypothesis.editTitle') : t('hypothesis.newTitle')}</h3>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('hypothesis.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            autoComplete="off"
            value={values.date}
            onChange={(e) => set({ date: e.target.value })}
            aria-invalid={Boolean(errors.date)}
            aria-describedby={described('date')}
          />
          {error('date')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-anxiety`}>{t('hypothesis.anxiety')}</label>
          <input
            id={`${id}-anxiety`}
            type="number"
            inputMode="decimal"
            autoComplete="off"
            min={AXIS_MIN}
            max={AXIS_MAX}
            step={AXIS_STEP}
            value={values.anxiety}
            onChange={(e) => set({ anxiety: e.target.value })}
            aria-invalid={Boolean(errors.anxiety)}
            aria-describedby={described('anxiety', `${id}-axis-help`)}
          />
          {error('anxiety')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-avoidance`}>{t('hypothesis.avoidance')}</label>
          <input
            id={`${id}-avoidance`}
            type="number"
            inputMode="decimal"
            autoComplete="off"
            min={AXIS_MIN}
            max={AXIS_MAX}
            step={AXIS_STEP}
            value={values.avoidance}
            onChange={(e) => set({ avoidance: e.target.value })}
            aria-invalid={Boolean(errors.avoidance)}
            aria-describedby={described('avoidance', `${id}-axis-help`)}
          />
          {error('avoidance')}
        </div>
      </div>
      <p id={`${id}-axis-help`} className="field-help">
        {t('hypothesis.axisHelp')}
      </p>
      <p className="hypothesis-quadrant" role="status">
        {quadrant ? t('hypothesis.onThePlane', { quadrant: t(QUADRANT_KEYS[quadrant]) }) : ''}
      </p>

      <fieldset className="field choice-group" aria-describedby={errors.pattern ? `${id}-pattern-error` : undefined}>
        <legend>{t('hypothesis.pattern')}</legend>
        {PATTERNS.map((p, i) => (
          <label key={p} className="checkbox">
            <input
              type="radio"
              name={`${id}-pattern`}
              id={i === 0 ? `${id}-pattern` : undefined}
              checked={values.pattern === p}
              onChange={() => set({ pattern: p })}
            />
            {PATTERN_NAMES[p][language]}
          </label>
        ))}
        {error('pattern')}
      </fieldset>

      <fieldset className="field choice-group">
        <legend>{t('hypothesis.confidence')}</legend>
        {CONFIDENCES.map((c) => (
          <label key={c} className="checkbox">
            <input
              type="radio"
              name={`${id}-confidence`}
              checked={values.confidence === c}
              onChange={() => set({ confidence: c })}
            />
            {t(CONFIDENCE_KEYS[c])}
          </label>
        ))}
      </fieldset>

      <fieldset className="field choice-group">
        <legend>{t('hypothesis.contexts')}</legend>
        {CONTEXTS.map((c) => (
          <label key={c} className="checkbox">
            <input
              type="checkbox"
              checked={values.contexts.includes(c)}
              onChange={(e) => set({ contexts: toggle(values.contexts, c, e.target.checked) })}
            />
            {t(CONTEXT_KEYS[c])}
          </label>
        ))}
      </fieldset>

      <fieldset className="field indicators">
        <legend>{t('hypothesis.indicators')}</legend>
        <p className="field-help">{t('hypothesis.indicatorsHelp')}</p>
        <div className="indicator-groups">
          {PATTERNS.map((p) => (
            <fieldset key={p} className="indicator-group">
              <legend>{PATTERN_NAMES[p][language]}</legend>
              {INDICATORS.filter((ind) => ind.pattern === p).map((ind) => (
                <label key={ind.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={values.indicators.includes(ind.id)}
                    onChange={(e) => set({ indicators: toggle(values.indicators, ind.id, e.target.checked) })}
                  />
                  {ind.label[language]}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      </fieldset>

      <div className="field">
        <span className="field-label" id={`${id}-rationale`}>
          {t('hypothesis.rationale')}
        </span>
        <LazyNoteEditor
          initialDoc={initialRationale ?? EMPTY}
          editable
          label={t('hypothesis.rationale')}
          placeholder={t('hypothesis.rationalePlaceholder')}
          handleRef={rationale}
        />
      </div>

      <div className="field">
        <label htmlFor={`${id}-status`}>{t('hypothesis.status')}</label>
        <select
          id={`${id}-status`}
          value={values.status}
          onChange={(e) => set({ status: e.target.value as HypothesisFormValues['status'] })}
        >
          {HYPOTHESIS_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_KEYS[s])}
            </option>
          ))}
        </select>
      </div>

      <ErrorNotice error={mutation.error} lead="hypothesis.saveFailed" />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={mutation.isPending}>
          {editing ? t('hypothesis.save') : t('hypothesis.create')}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
