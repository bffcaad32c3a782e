import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { MethodInput } from '@shared/api/contract';
import type { Addendum, Session } from '@shared/api/sessions';
import type { NoteDoc } from '@shared/notes/doc-schema';
import { call } from '../../api/client';
import { allianceKeys } from '../alliance/alliance-queries';
import { clientChanged } from '../clients/client-queries';
import { overviewChanged } from '../overview/overview-queries';
import { ruptureKeys } from '../ruptures/rupture-queries';
import { searchKeys } from '../search/search-queries';

/** Every query key of this area. Each starts with its method's name, which the lock uses to forget. */
export const sessionKeys = {
  detail: (id: string) => ['sessions.get', id] as const,
  lists: () => ['sessions.list'] as const,
  list: (clientId: string) => ['sessions.list', clientId] as const,
  unsigned: () => ['sessions.unsigned'] as const,
};

type SessionRef = Pick<Session, 'id' | 'clientId'>;

/**
 * What any change to a session makes stale, declared once: its client's session list, the
 * worklist and the overview, the client's alliance timeline and ruptures, the client list's
 * counts, the client's audit log and search. With `next`, the cache takes the vault's answer for
 * the session itself instead of asking again.
 */
export function sessionChanged(queryClient: QueryClient, session: SessionRef, next?: Session): void {
  if (next) queryClient.setQueryData(sessionKeys.detail(session.id), next);
  void queryClient.invalidateQueries({ queryKey: sessionKeys.list(session.clientId) });
  void queryClient.invalidateQueries({ queryKey: sessionKeys.unsigned() });
  // The overview lists unsigned notes; a session's date, or its deletion, moves or drops its point
  // on the client's alliance timeline and the ruptures logged at it.
  overviewChanged(queryClient);
  void queryClient.invalidateQueries({ queryKey: allianceKeys.timeline(session.clientId) });
  void queryClient.invalidateQueries({ queryKey: ruptureKeys.list(session.clientId) });
  clientChanged(queryClient, session.clientId);
}

export function useSessionList(clientId: string) {
  return useQuery({ queryKey: sessionKeys.list(clientId), queryFn: () => call('sessions.list', { clientId }) });
}

export function useSession(id: string) {
  return useQuery({
    queryKey: sessionKeys.detail(id),
    queryFn: () => call('sessions.get', { id }),
    // The open editor owns the note; a refetch on focus would only bring back what it saved.
    refetchOnWindowFocus: false,
  });
}

export function useUnsignedNotes() {
  return useQuery({ queryKey: sessionKeys.unsigned(), queryFn: () => call('sessions.unsigned', {}) });
}

/** Asks the vault for the session again (after a CONFLICT), and keeps the answer in the cache. */
export function useReloadSession(id: string) {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.fetchQuery({ queryKey: sessionKeys.detail(id), queryFn: () => call('sessions.get', { id }) }),
    [queryClient, id],
  );
}

/** Saves a draft note quoting its revision; the cache then holds what the vault holds. */
export function useSaveNote(session: SessionRef) {
  const queryClient = useQueryClient();
  const { id, clientId } = session;
  return useCallback(
    async (doc: NoteDoc, revision: number) => {
      const saved = await call('sessions.saveNote', { id, doc, revision });
      // Reopening the note must quote the new revision, not the one it was loaded with.
      queryClient.setQueryData<Session>(
        sessionKeys.detail(id),
        (old) => old && { ...old, doc, revision: saved.revision, updatedAt: saved.savedAt },
      );
      void queryClient.invalidateQueries({ queryKey: sessionKeys.list(clientId) });
      void queryClient.invalidateQueries({ queryKey: sessionKeys.unsigned() });
      void queryClient.invalidateQueries({ queryKey: searchKeys.all() });
      return saved;
    },
    [queryClient, id, clientId],
  );
}

export function useCreateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'sessions.create'>) => call('sessions.create', input),
    onSuccess: (session) => sessionChanged(queryClient, session, session),
  });
}

export function useUpdateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'sessions.update'>) => call('sessions.update', input),
    onSuccess: (session) => sessionChanged(queryClient, session, session),
  });
}

export function useSignSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('sessions.sign', { id }),
    onSuccess: (session) => sessionChanged(queryClient, session, session),
  });
}

/** Deletes a draft; sessions.restore brings it back for a short while. */
export function useDeleteSession(onDeleted?: (session: Session) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (session: Session) => call('sessions.delete', { id: session.id }),
    onSuccess: (_, session) => {
      sessionChanged(queryClient, session);
      onDeleted?.(session);
    },
  });
}

export function useRestoreSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('sessions.restore', { id }),
    onSuccess: (session) => sessionChanged(queryClient, session, session),
  });
}

/** Keeps the session in the cache in step with its addenda, without refetching the note. */
function addendumChanged(queryClient: QueryClient, session: SessionRef, addendum: Addendum): void {
  queryClient.setQueryData<Session>(sessionKeys.detail(session.id), (old) => {
    if (!old) return old;
    const others = old.addenda.filter((a) => a.id !== addendum.id);
    return { ...old, addenda: [...others, addendum].sort((a, b) => a.createdAt.localeCompare(b.createdAt)) };
  });
  clientChanged(queryClient, session.clientId);
}

export function useAddAddendum(session: SessionRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (doc: NoteDoc) => call('sessions.addAddendum', { id: session.id, doc }),
    onSuccess: (addendum) => addendumChanged(queryClient, session, addendum),
  });
}

export function useSignAddendum(session: SessionRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (addendumId: string) => call('sessions.signAddendum', { id: addendumId }),
    onSuccess: (addendum) => addendumChanged(queryClient, session, addendum),
  });
}
