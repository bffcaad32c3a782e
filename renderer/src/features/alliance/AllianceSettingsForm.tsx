import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/api/settings';
import {
  ALLIANCE_INSTRUMENT_SETTINGS,
  DIP_KS,
  INSTRUMENT_NAMES,
  MAX_REPAIR_TOLERANCE,
  MAX_REPAIR_WINDOW,
  MIN_REPAIR_TOLERANCE,
  MIN_REPAIR_WINDOW,
  type AllianceInstrumentSetting,
  type DipK,
} from '@shared/clinical/alliance';
import { Field } from '../../ui/Field';
import { NumberField } from '../../ui/NumberField';
import { useLanguage } from '../attachment/use-language';
import { useUpdateAllianceSettings } from './alliance-queries';
import { SaveOutcome } from '../settings/SaveOutcome';
import './alliance.css';

const inRange = (text: string, min: number, max: number, integer: boolean) => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(n) && (!integer || Number.isInteger(n)) && n >= min && n <= max;
};

/**
 * The practice's alliance instrument (numbers only: Trygg never shows a licensed instrument's
 * items) and the rule that finds possible ruptures in a client's alliance curve, every number of
 * it visible and the clinician's to set (DOMAIN.md §5).
 */
export function AllianceSettingsForm({ saved }: { saved: Settings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [instrument, setInstrument] = useState<AllianceInstrumentSetting>(saved.allianceInstrument);
  const [k, setK] = useState<DipK>(saved.dipK);
  const [repairWindow, setRepairWindow] = useState(String(saved.repairWindow));
  const [tolerance, setTolerance] = useState(String(saved.repairTolerance));
  const [touched, setTouched] = useState(false);
  const update = useUpdateAllianceSettings();
  const windowOk = inRange(repairWindow, MIN_REPAIR_WINDOW, MAX_REPAIR_WINDOW, true);
  const toleranceOk = inRange(tolerance, MIN_REPAIR_TOLERANCE, MAX_REPAIR_TOLERANCE, false);
  const changed = () => update.reset();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!windowOk || !toleranceOk || update.isPending) return;
    update.mutate({
      allianceInstrument: instrument,
      dipK: k,
      repairWindow: Number(repairWindow.trim()),
      repairTolerance: Number(tolerance.trim()),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="alliance-settings-title" className="alliance-settings">
      <h2 id="alliance-settings-title">{t('allianceSettings.title')}</h2>
      <Field label={t('allianceSettings.instrument')} help={t('allianceSettings.instrumentHelp')}>
        {(control) => (
          <select
            {...control}
            value={instrument}
            onChange={(e) => {
              setInstrument(e.target.value as AllianceInstrumentSetting);
              changed();
            }}
          >
            {ALLIANCE_INSTRUMENT_SETTINGS.map((i) => (
              <option key={i} value={i}>
                {INSTRUMENT_NAMES[i][language]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{t('allianceSettings.rule')}</legend>
        <p className="field-help">{t('allianceSettings.ruleHelp')}</p>
        <Field label={t('allianceSettings.k')}>
          {(control) => (
            <select
              {...control}
              value={k}
              onChange={(e) => {
                setK(Number(e.target.value) as DipK);
                changed();
              }}
            >
              {DIP_KS.map((option) => (
                <option key={option} value={option}>
                  {t(option === 1 ? 'allianceSettings.kLenient' : 'allianceSettings.kStrict', { k: option })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <NumberField
          label={t('allianceSettings.window')}
          help={t('allianceSettings.windowHelp', { min: MIN_REPAIR_WINDOW, max: MAX_REPAIR_WINDOW })}
          error={
            touched &&
            !windowOk &&
            t('allianceSettings.windowInvalid', { min: MIN_REPAIR_WINDOW, max: MAX_REPAIR_WINDOW })
          }
          min={MIN_REPAIR_WINDOW}
          max={MAX_REPAIR_WINDOW}
          step={1}
          value={repairWindow}
          onChange={(value) => {
            setRepairWindow(value);
            changed();
          }}
          onBlur={() => setTouched(true)}
        />
        <NumberField
          label={t('allianceSettings.tolerance')}
          help={t('allianceSettings.toleranceHelp', { min: MIN_REPAIR_TOLERANCE, max: MAX_REPAIR_TOLERANCE })}
          error={
            touched &&
            !toleranceOk &&
            t('allianceSettings.toleranceInvalid', { min: MIN_REPAIR_TOLERANCE, max: MAX_REPAIR_TOLERANCE })
          }
          inputMode="decimal"
          min={MIN_REPAIR_TOLERANCE}
          max={MAX_REPAIR_TOLERANCE}
          step={0.1}
          value={tolerance}
          onChange={(value) => {
            setTolerance(value);
            changed();
          }}
          onBlur={() => setTouched(true)}
        />
      </fieldset>
      <SaveOutcome save={update} />
      <button type="submit" className="button-primary" disabled={update.isPending}>
        {t('allianceSettings.save')}
      </button>
    </form>
  );
}
