import { useTranslation } from 'react-i18next';
import { setShowPseudonym, useShowPseudonym } from '../clients/display-preference';

/** Applies at once: it changes only what this screen shows, not the records. */
export function DisplayPreferenceForm() {
  const { t } = useTranslation();
  const show = useShowPseudonym();
  return (
    <div aria-labelledby="display-pref-title">
      <h2 id="display-pref-title">{t('settings.privacy')}</h2>
      <label className="checkbox">
        <input type="checkbox" checked={show} onChange={(event) => setShowPseudonym(event.target.checked)} />
        <span>{t('settings.showPseudonym')}</span>
      </label>
      <p className="field-help">{t('settings.showPseudonymHelp')}</p>
    </div>
  );
}
