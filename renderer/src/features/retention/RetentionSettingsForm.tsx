import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  CLIPBOARD_CLEAR_SECONDS,
  MAX_RETENTION_YEARS,
  PRACTICE_COUNTRIES,
  RETENTION_DEFAULT_YEARS,
  RETENTION_MIN_YEARS,
} from '@shared/api/constants';
import type { Settings } from '@shared/api/settings';
import type { TranslationKey } from '../../i18n/resources';
import { Field } from '../../ui/Field';
import { NumberField } from '../../ui/NumberField';
import { useUpdateSettings } from '../settings/settings-queries';
import { SaveOutcome } from '../settings/SaveOutcome';

type Country = Settings['practiceCountry'];
type ClearSeconds = Settings['clipboardClearSeconds'];

export const COUNTRY_KEYS: Record<Country, TranslationKey> = {
  DK: 'retention.country.DK',
  NO: 'retention.country.NO',
  SE: 'retention.country.SE',
  other: 'retention.country.other',
};

const LAW_KEYS: Record<Country, TranslationKey> = {
  DK: 'retention.law.DK',
  NO: 'retention.law.NO',
  SE: 'retention.law.SE',
  other: 'retention.law.other',
};

const clearLabel = (seconds: ClearSeconds, t: TFunction) =>
  seconds === 0
    ? t('retention.clipboard.onLockOnly')
    : seconds < 60
      ? t('retention.clipboard.seconds', { n: seconds })
      : seconds === 60
        ? t('retention.clipboard.oneMinute')
        : t('retention.clipboard.minutes', { n: seconds / 60 });

/**
 * Where the practice is and so how long records are kept after their last entry (DOMAIN.md §6),
 * and when text copied from Trygg leaves the clipboard.
 */
export function RetentionSettingsForm({ saved }: { saved: Settings }) {
  const { t } = useTranslation();
  const [country, setCountry] = useState<Country>(saved.practiceCountry);
  const [years, setYears] = useState(saved.retentionYears === null ? '' : String(saved.retentionYears));
  const [clear, setClear] = useState<ClearSeconds>(saved.clipboardClearSeconds);
  const [touched, setTouched] = useState(false);
  const update = useUpdateSettings();
  const minimum = RETENTION_MIN_YEARS[country];
  const n = Number(years.trim());
  const yearsOk = years.trim() === '' || (Number.isInteger(n) && n >= minimum && n <= MAX_RETENTION_YEARS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!yearsOk || update.isPending) return;
    update.mutate({
      practiceCountry: country,
      retentionYears: years.trim() === '' ? null : n,
      clipboardClearSeconds: clear,
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="retention-settings-title">
      <h2 id="retention-settings-title">{t('retention.settingsTitle')}</h2>
      <Field label={t('retention.countryLabel')} help={t(LAW_KEYS[country])}>
        {(control) => (
          <select
            {...control}
            value={country}
            onChange={(e) => {
              setCountry(e.target.value as Country);
              update.reset();
            }}
          >
            {PRACTICE_COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {t(COUNTRY_KEYS[c])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <NumberField
        label={t('retention.yearsLabel')}
        help={t('retention.yearsHelp', { years: RETENTION_DEFAULT_YEARS[country] })}
        error={touched && !yearsOk && t('retention.yearsInvalid', { min: minimum, max: MAX_RETENTION_YEARS })}
        min={minimum}
        max={MAX_RETENTION_YEARS}
        step={1}
        placeholder={String(RETENTION_DEFAULT_YEARS[country])}
        value={years}
        onChange={(value) => {
          setYears(value);
          update.reset();
        }}
        onBlur={() => setTouched(true)}
      />
      <Field label={t('retention.clipboardLabel')} help={t('retention.clipboardHelp')}>
        {(control) => (
          <select
            {...control}
            value={clear}
            onChange={(e) => {
              setClear(Number(e.target.value) as ClearSeconds);
              update.reset();
            }}
          >
            {CLIPBOARD_CLEAR_SECONDS.map((s) => (
              <option key={s} value={s}>
                {clearLabel(s, t)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SaveOutcome save={update} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {t('retention.save')}
        </button>
        <Link href="/retention">{t('retention.reviewLink')}</Link>
      </div>
    </form>
  );
}
