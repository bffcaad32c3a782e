import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../i18n/resources';
import { ErrorNotice } from '../../ui/ErrorNotice';

interface SaveOutcomeProps {
  /** The form's save (a mutation): its error, or that it succeeded. */
  save: { error: unknown; isSuccess: boolean };
  /** What a successful save says (the settings' own words unless the form has its own). */
  saved?: TranslationKey;
}

/** What a settings form's save came to: why it failed in plain words, or that it was saved. */
export function SaveOutcome({ save, saved = 'settings.saved' }: SaveOutcomeProps) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorNotice error={save.error} lead="settings.saveFailed" />
      {save.isSuccess && (
        <p className="notice notice-success" role="status">
          {t(saved)}
        </p>
      )}
    </>
  );
}
