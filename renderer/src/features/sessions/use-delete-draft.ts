import { useTranslation } from 'react-i18next';
import { showToast } from '../../ui/toast-store';
import { useDeleteSession, useRestoreSession } from './session-queries';

/** The undo stays offered well inside the core's 60-second restore window. */
const UNDO_DELETE_MS = 8000;

/** Deletes a draft and offers, for a few seconds, to bring it back. */
export function useDeleteDraft(onDeleted: () => void) {
  const { t } = useTranslation();
  const restore = useRestoreSession();
  return useDeleteSession((session) => {
    onDeleted();
    showToast({
      message: t('note.deleted'),
      durationMs: UNDO_DELETE_MS,
      action: {
        label: t('note.undoDelete'),
        // The page that deleted is gone by now: the promise, unlike mutate's callbacks, still answers.
        run: () =>
          void restore
            .mutateAsync(session.id)
            .catch(() => showToast({ message: t('note.restoreFailed'), durationMs: UNDO_DELETE_MS })),
      },
    });
  });
}
