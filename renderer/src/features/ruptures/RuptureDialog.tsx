import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteSelector } from '@shared/annotations/quote-anchor';
import { MAX_CONTRIBUTION } from '@shared/api/constants';
import type { Rupture } from '@shared/api/ruptures';
import {
  ALLIANCE_PARTS,
  ALLIANCE_PART_LABELS,
  INTENSITY_LABELS,
  INTENSITY_MAX,
  INTENSITY_MIN,
  MARKER_GROUPS,
  MARKER_GROUP_LABELS,
  RUPTURE_STRATEGIES,
  RUPTURE_TYPES,
  RUPTURE_TYPE_LABELS,
  STRATEGY_IDS,
  MARKER_IDS,
  type AlliancePart,
} from '@shared/clinical/rupture-catalogue';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useLanguage } from '../attachment/use-language';
import {
  createInput,
  EMPTY_RUPTURE,
  markersFor,
  toRuptureForm,
  toggled,
  updateInput,
  withType,
  type RuptureFormValues,
} from './rupture-form-values';
import { useCreateRupture, useUpdateRupture } from './rupture-queries';

const INTENSITIES = Array.from(
  { length: INTENSITY_MAX - INTENSITY_MIN + 1 },
  (_, i) => (INTENSITY_MIN + i) as 1 | 2 | 3 | 4 | 5,
);
const STRATEGY_KINDS = ['immediate', 'exploratory'] as const;

interface RuptureDialogProps {
  /** The session the rupture is logged at (or was). */
  session: { id: string; clientId: string };
  /** Editing this rupture; otherwise a new one is logged. */
  rupture?: Rupture;
  /** The passage of the note a new rupture is logged from. */
  quote?: QuoteSelector;
  /** Saves a draft note first, so the vault finds the passage in it. */
  beforeSave?: () => Promise<boolean>;
  onClose: (saved?: Rupture) => void;
}

/**
 * Logging or changing a rupture (DOMAIN.md §5): its type, the markers of that type (3RS), the
 * intensity, the strained part(s) of the alliance, the clinician's own part, the strategies used.
 * A modal <dialog>: focus is trapped, Escape closes, focus returns to where it was.
 */
export function RuptureDialog({ session, rupture, quote, beforeSave, onClose }: RuptureDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ref = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), contribution: useId(), type: useId(), intensity: useId() };
  const [values, setValues] = useState<RuptureFormValues>(() => (rupture ? toRuptureForm(rupture) : EMPTY_RUPTURE));
  const create = useCreateRupture();
  const update = useUpdateRupture();
  const mutation = rupture ? update : create;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (beforeSave && !(await beforeSave())) return;
    const done = { onSuccess: (saved: Rupture) => onClose(saved) };
    if (rupture) update.mutate(updateInput(rupture.id, values), done);
    else create.mutate(createInput(session, values, quote), done);
  };

  const quoteShown = quote ?? rupture?.quote ?? undefined;
  return (
    <dialog
      ref={ref}
      className="dialog rupture-dialog"
      aria-labelledby={ids.title}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={ids.title}>{t(rupture ? 'rupture.editTitle' : 'rupture.logTitle')}</h2>
        {quoteShown && (
          <blockquote className="rupture-quote">
            <p>{quoteShown.exact}</p>
          </blockquote>
        )}
        <fieldset>
          <legend>{t('rupture.type')}</legend>
          <div className="choice-list">
            {RUPTURE_TYPES.map((type) => (
              <label key={type} className="checkbox">
                <input
                  type="radio"
                  name={ids.type}
                  checked={values.type === type}
                  onChange={() => setValues((v) => withType(v, type))}
                />
                <span>{RUPTURE_TYPE_LABELS[type][language]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('rupture.markers')}</legend>
          {MARKER_GROUPS.map((group) => {
            const markers = markersFor(values.type).filter((m) => m.group === group);
            if (markers.length === 0) return null;
            return (
              <div key={group} className="choice-group" role="group" aria-label={MARKER_GROUP_LABELS[group][language]}>
                <p className="choice-group-name" aria-hidden="true">
                  {MARKER_GROUP_LABELS[group][language]}
                </p>
                {markers.map((m) => (
                  <label key={m.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={values.markers.includes(m.id)}
                      onChange={(e) =>
                        setValues((v) => ({ ...v, markers: toggled(v.markers, m.id, e.target.checked, MARKER_IDS) }))
                      }
                    />
                    <span>{m.label[language]}</span>
                  </label>
                ))}
              </div>
            );
          })}
        </fieldset>
        <fieldset>
          <legend>{t('rupture.intensity')}</legend>
          <div className="choice-list">
            {INTENSITIES.map((n) => (
              <label key={n} className="checkbox">
                <input
                  type="radio"
                  name={ids.intensity}
                  checked={values.intensity === n}
                  onChange={() => setValues((v) => ({ ...v, intensity: n }))}
                />
                <span>
                  {n} – {INTENSITY_LABELS[n][language]}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('rupture.strained')}</legend>
          <div className="choice-row">
            {ALLIANCE_PARTS.map((part) => (
              <label key={part} className="checkbox">
                <input
                  type="checkbox"
                  checked={values.strained.includes(part)}
                  onChange={(e) =>
                    setValues((v) => ({
                      ...v,
                      strained: toggled<AlliancePart>(v.strained, part, e.target.checked, ALLIANCE_PARTS),
                    }))
                  }
                />
                <span>{ALLIANCE_PART_LABELS[part][language]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={ids.contribution}>{t('rupture.contribution')}</label>
          <textarea
            id={ids.contribution}
            rows={3}
            maxLength={MAX_CONTRIBUTION}
            autoComplete="off"
            value={values.contribution}
            onChange={(e) => setValues((v) => ({ ...v, contribution: e.target.value }))}
          />
        </div>
        <fieldset>
          <legend>{t('rupture.strategies')}</legend>
          {STRATEGY_KINDS.map((kind) => (
            <div
              key={kind}
              className="choice-group"
              role="group"
              aria-label={t(kind === 'immediate' ? 'rupture.strategiesImmediate' : 'rupture.strategiesExploratory')}
            >
              <p className="choice-group-name" aria-hidden="true">
                {t(kind === 'immediate' ? 'rupture.strategiesImmediate' : 'rupture.strategiesExploratory')}
              </p>
              {RUPTURE_STRATEGIES.filter((s) => s.kind === kind).map((s) => (
                <label key={s.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={values.strategies.includes(s.id)}
                    onChange={(e) =>
                      setValues((v) => ({
                        ...v,
                        strategies: toggled(v.strategies, s.id, e.target.checked, STRATEGY_IDS),
                      }))
                    }
                  />
                  <span>{s.label[language]}</span>
                </label>
              ))}
            </div>
          ))}
        </fieldset>
        <ErrorNotice
          error={mutation.error}
          lead="rupture.saveFailed"
          override={{ code: 'NOT_FOUND', message: 'rupture.notInNote' }}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={mutation.isPending}>
            {t(rupture ? 'rupture.save' : 'rupture.logConfirm')}
          </button>
          <button type="button" className="button-quiet" onClick={() => onClose()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
