import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Client } from '@shared/api/clients';
import type { MethodInput } from '@shared/api/contract';
import { call } from '../../api/client';
import { auditKeys } from '../audit/audit-queries';
import { searchKeys } from '../search/search-queries';

export type ClientListInput = MethodInput<'clients.list'>;

/** Every query key of this area. Each starts with its method's name, which the lock uses to forget. */
export const clientKeys = {
  lists: () => ['clients.list'] as const,
  list: (input: ClientListInput) => ['clients.list', input] as const,
  detail: (id: string) => ['clients.get', id] as const,
};

/**
 * What a change to a client, or to anything counted in the client list (a session, a signature),
 * makes stale: the list's rows and counts, the client's audit log, and search (names are indexed).
 */
export function clientChanged(queryClient: QueryClient, clientId: string, next?: Client): void {
  if (next) queryClient.setQueryData(clientKeys.detail(next.id), next);
  void queryClient.invalidateQueries({ queryKey: clientKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: auditKeys.ofClient(clientId) });
  void queryClient.invalidateQueries({ queryKey: searchKeys.all() });
}

export function useClientList(input: ClientListInput) {
  return useQuery({
    queryKey: clientKeys.list(input),
    queryFn: () => call('clients.list', input),
    // Filtering as you type: keep the last rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

export function useClient(id: string) {
  return useQuery({ queryKey: clientKeys.detail(id), queryFn: () => call('clients.get', { id }) });
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'clients.create'>) => call('clients.create', input),
    onSuccess: (client) => clientChanged(queryClient, client.id, client),
  });
}

export function useUpdateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'clients.update'>) => call('clients.update', input),
    onSuccess: (client) => clientChanged(queryClient, client.id, client),
  });
}
