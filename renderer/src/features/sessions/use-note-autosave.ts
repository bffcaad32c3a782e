import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { NoteDoc } from '@shared/notes/doc-schema';
import type { Session } from '@shared/api/sessions';
import { isApiErrorCode } from '../../api/api-errors';
import { call } from '../../api/client';
import { sessionKey, sessionListKey, UNSIGNED_KEY } from './session-queries';

/** About a second after typing pauses: soon enough to lose little, rare enough to stay cheap. */
const AUTOSAVE_DELAY_MS = 1000;

export type SaveState =
  { kind: 'saved'; at: string | null } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'failed'; error: unknown };

/**
 * Saves a draft note after a pause, on demand (blur, Ctrl+S, before signing), before the page is
 * left and before the window closes. Every save quotes the revision the vault last returned, so a
 * change made in another window answers CONFLICT instead of being overwritten. A failed save
 * keeps the text in the editor and tries again at the next change or blur, unless the refusal
 * is final (CONFLICT, SIGNED): then nothing is sent until the saved note is reloaded.
 */
export function useNoteAutosave(session: Session, getDoc: () => NoteDoc | null) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const revision = useRef(session.revision);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const shown = useRef<SaveState['kind']>('saved');
  /** A refusal no retry can fix (CONFLICT, SIGNED): saving waits until the note is reloaded. */
  const refused = useRef(false);
  const getDocRef = useRef(getDoc);
  useEffect(() => {
    getDocRef.current = getDoc;
  });

  const show = useCallback((next: SaveState) => {
    shown.current = next.kind;
    setState(next);
  }, []);

  const saveNow = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (!dirty.current) return shown.current !== 'failed';
    if (refused.current) return false;
    const doc = getDocRef.current();
    if (!doc) return false;
    dirty.current = false;
    show({ kind: 'saving' });
    const attempt = call('sessions.saveNote', { id: session.id, doc, revision: revision.current }).then(
      (saved) => {
        revision.current = saved.revision;
        // The cache must hold what the vault holds, or reopening the note would quote a stale revision.
        queryClient.setQueryData<Session>(
          sessionKey(session.id),
          (old) => old && { ...old, doc, revision: saved.revision, updatedAt: saved.savedAt },
        );
        void queryClient.invalidateQueries({ queryKey: sessionListKey(session.clientId) });
        void queryClient.invalidateQueries({ queryKey: UNSIGNED_KEY });
        show(dirty.current ? { kind: 'unsaved' } : { kind: 'saved', at: saved.savedAt });
        return true;
      },
      (error: unknown) => {
        dirty.current = true;
        refused.current = isApiErrorCode(error, 'CONFLICT') || isApiErrorCode(error, 'SIGNED');
        show({ kind: 'failed', error });
        return false;
      },
    );
    inFlight.current = attempt;
    const ok = await attempt;
    inFlight.current = null;
    return ok;
  }, [queryClient, session.id, session.clientId, show]);

  const noteChanged = useCallback(() => {
    dirty.current = true;
    // One re-render when the note first differs from the vault, not one per keystroke.
    if (shown.current === 'saved') show({ kind: 'unsaved' });
    clearTimeout(timer.current);
    if (refused.current) return;
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }, [saveNow, show]);

  /** After a CONFLICT: take the vault's version and its revision, dropping the local change. */
  const adoptSaved = useCallback(
    (next: Session) => {
      clearTimeout(timer.current);
      dirty.current = false;
      refused.current = false;
      revision.current = next.revision;
      show({ kind: 'saved', at: next.updatedAt });
    },
    [show],
  );

  useEffect(() => {
    const beforeUnload = () => {
      if (dirty.current) void saveNow();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [saveNow]);

  // Leaving the note (another page, another session): send what is unsaved. A layout cleanup runs
  // before the editor below lets go of its handle, so the text can still be read here, once.
  useLayoutEffect(
    () => () => {
      clearTimeout(timer.current);
      if (!dirty.current) return;
      const last = getDocRef.current();
      getDocRef.current = () => last;
      void saveNow();
    },
    [saveNow],
  );

  return { state, saveNow, noteChanged, adoptSaved };
}
