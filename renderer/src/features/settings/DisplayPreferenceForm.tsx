import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useSettings, useUpdateSettings } from './settings-queries';

/** Applies at once: it changes only what the screen shows, not the records. Kept in the vault. */
export function DisplayPreferenceForm() {
  const { t } = useTranslation();
  const settings = useSettings();
  const update = useUpdateSettings();
  // The choice as clicked, shown in the same render as the click while the vault stores it.
  const [chosen, setChosen] = useState<boolean | null>(null);
  // Not before the vault's answer: the screen's privacy-first default is no answer for a form.
  if (!settings.data) return null;
  const show = chosen ?? settings.data.showPseudonym;
  return (
    <div aria-labelledby="display-pref-title">
      <h2 id="display-pref-title">{t('settings.privacy')}</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={show}
          onChange={(event) => {
            const next = event.target.checked;
            setChosen(next);
            update.mutate({ showPseudonym: next }, { onSettled: () => setChosen(null) });
          }}
        />
        <span>{t('settings.showPseudonym')}</span>
      </label>
      <p className="field-help">{t('settings.showPseudonymHelp')}</p>
      {update.error && <ErrorNotice error={update.error} />}
    </div>
  );
}
