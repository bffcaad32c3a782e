import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Session } from '@shared/api/sessions';
import { call } from '../../api/client';
import { showToast } from '../../ui/toast-store';
import { useSessionChanged } from './session-queries';

/** The undo stays offered well inside the core's 60-second restore window. */
const UNDO_DELETE_MS = 8000;

/** Deletes a draft and offers, for a few seconds, to bring it back. */
export function useDeleteDraft(onDeleted: () => void) {
  const { t } = useTranslation();
  const changed = useSessionChanged();
  return useMutation({
    mutationFn: (session: Session) => call('sessions.delete', { id: session.id }),
    onSuccess: (_, session) => {
      changed(session);
      onDeleted();
      showToast({
        message: t('note.deleted'),
        durationMs: UNDO_DELETE_MS,
        action: {
          label: t('note.undoDelete'),
          run: () => {
            call('sessions.restore', { id: session.id }).then(
              (restored) => changed(restored, restored),
              () => showToast({ message: t('note.restoreFailed'), durationMs: UNDO_DELETE_MS }),
            );
          },
        },
      });
    },
  });
}
