import { useTranslation } from 'react-i18next';
import { isApiErrorCode } from '../api/api-errors';
import { ErrorNotice } from '../ui/ErrorNotice';
import type { SaveState } from './use-autosave';

interface SaveStatusProps {
  state: SaveState;
  onReload: () => void;
}

/** Saved, saving or failed, in words; a failure says why and what to do. */
export function SaveStatus({ state, onReload }: SaveStatusProps) {
  const { t, i18n } = useTranslation();
  if (state.kind === 'failed') {
    if (isApiErrorCode(state.error, 'CONFLICT')) {
      return (
        <div className="notice notice-warning" role="alert">
          <p>{t('note.conflict')}</p>
          <button type="button" className="button-quiet" onClick={onReload}>
            {t('note.reload')}
          </button>
        </div>
      );
    }
    return (
      <ErrorNotice
        error={state.error}
        lead={isApiErrorCode(state.error, 'SIGNED') ? 'note.signedElsewhere' : 'note.saveFailed'}
      />
    );
  }
  const text =
    state.kind === 'saving'
      ? t('note.saving')
      : state.kind === 'unsaved'
        ? t('note.unsaved')
        : state.at
          ? t('note.savedAt', { time: new Date(state.at).toLocaleTimeString(i18n.language, { timeStyle: 'short' }) })
          : t('note.saved');
  return (
    <p className={`save-status save-${state.kind}`} role="status">
      {text}
    </p>
  );
}
