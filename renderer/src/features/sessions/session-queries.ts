import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '@shared/api/contract';
import type { Session } from '@shared/api/sessions';
import { call } from '../../api/client';

export const sessionKey = (id: string) => ['sessions.get', id] as const;
export const sessionListKey = (clientId: string) => ['sessions.list', clientId] as const;
export const UNSIGNED_KEY = ['sessions.unsigned'] as const;
export const TEMPLATES_KEY = ['templates.list'] as const;

export function useSessionList(clientId: string) {
  return useQuery({ queryKey: sessionListKey(clientId), queryFn: () => call('sessions.list', { clientId }) });
}

export function useSession(id: string) {
  return useQuery({
    queryKey: sessionKey(id),
    queryFn: () => call('sessions.get', { id }),
    // The open editor owns the note; a refetch on focus would only bring back what it saved.
    refetchOnWindowFocus: false,
  });
}

export function useUnsignedNotes() {
  return useQuery({ queryKey: UNSIGNED_KEY, queryFn: () => call('sessions.unsigned', {}) });
}

export function useTemplates() {
  return useQuery({ queryKey: TEMPLATES_KEY, queryFn: () => call('templates.list', {}) });
}

/** After any change to a session: its client's list, the worklist and the client list's counts. */
export function useSessionChanged() {
  const queryClient = useQueryClient();
  return (session: Pick<Session, 'id' | 'clientId'>, next?: Session) => {
    if (next) queryClient.setQueryData(sessionKey(session.id), next);
    void queryClient.invalidateQueries({ queryKey: sessionListKey(session.clientId) });
    void queryClient.invalidateQueries({ queryKey: UNSIGNED_KEY });
    void queryClient.invalidateQueries({ queryKey: ['clients.list'] });
  };
}

export function useCreateSession() {
  const changed = useSessionChanged();
  return useMutation({
    mutationFn: (input: MethodInput<'sessions.create'>) => call('sessions.create', input),
    onSuccess: (session) => changed(session, session),
  });
}

export function useUpdateSession() {
  const changed = useSessionChanged();
  return useMutation({
    mutationFn: (input: MethodInput<'sessions.update'>) => call('sessions.update', input),
    onSuccess: (session) => changed(session, session),
  });
}

export function useSignSession() {
  const changed = useSessionChanged();
  return useMutation({
    mutationFn: (id: string) => call('sessions.sign', { id }),
    onSuccess: (session) => changed(session, session),
  });
}
