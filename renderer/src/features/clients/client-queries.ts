import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Client } from '@shared/api/clients';
import type { MethodInput } from '@shared/api/contract';
import { call } from '../../api/client';

export type ClientListInput = MethodInput<'clients.list'>;
export const clientKey = (id: string) => ['clients.get', id] as const;

export function useClientList(input: ClientListInput) {
  return useQuery({
    queryKey: ['clients.list', input],
    queryFn: () => call('clients.list', input),
    // Filtering as you type: keep the last rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

export function useClient(id: string) {
  return useQuery({ queryKey: clientKey(id), queryFn: () => call('clients.get', { id }) });
}

function useClientSaved() {
  const queryClient = useQueryClient();
  return (client: Client) => {
    queryClient.setQueryData(clientKey(client.id), client);
    void queryClient.invalidateQueries({ queryKey: ['clients.list'] });
  };
}

export function useCreateClient() {
  const onSuccess = useClientSaved();
  return useMutation({
    mutationFn: (input: MethodInput<'clients.create'>) => call('clients.create', input),
    onSuccess,
  });
}

export function useUpdateClient() {
  const onSuccess = useClientSaved();
  return useMutation({
    mutationFn: (input: MethodInput<'clients.update'>) => call('clients.update', input),
    onSuccess,
  });
}
