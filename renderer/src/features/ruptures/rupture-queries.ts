import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MethodInput } from '@shared/api/contract';
import type { Rupture } from '@shared/api/ruptures';
import { call } from '../../api/client';
import { allianceChanged } from '../alliance/alliance-queries';

/** Every query key of this area. Each starts with its method's name, which the lock uses to forget. */
export const ruptureKeys = {
  list: (clientId: string) => ['ruptures.list', clientId] as const,
};

/**
 * What any change to a rupture makes stale, declared once: the client's ruptures (the cache takes
 * the vault's answer for this one at once), and through allianceChanged the timeline, whose dips
 * are "possibly unnoticed" only while no rupture is logged near them, the overview and the audit log.
 */
function ruptureChanged(queryClient: QueryClient, rupture: Rupture): void {
  queryClient.setQueryData<Rupture[]>(ruptureKeys.list(rupture.clientId), (old) =>
    old?.some((r) => r.id === rupture.id) ? old.map((r) => (r.id === rupture.id ? rupture : r)) : old,
  );
  void queryClient.invalidateQueries({ queryKey: ruptureKeys.list(rupture.clientId) });
  allianceChanged(queryClient, rupture.clientId);
}

/** The client's ruptures in the order of their sessions. */
export function useRuptures(clientId: string) {
  return useQuery({ queryKey: ruptureKeys.list(clientId), queryFn: () => call('ruptures.list', { clientId }) });
}

export function useCreateRupture() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'ruptures.create'>) => call('ruptures.create', input),
    onSuccess: (rupture) => ruptureChanged(queryClient, rupture),
  });
}

export function useUpdateRupture() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'ruptures.update'>) => call('ruptures.update', input),
    onSuccess: (rupture) => ruptureChanged(queryClient, rupture),
  });
}

export function useAdvanceStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'ruptures.advanceStage'>) => call('ruptures.advanceStage', input),
    onSuccess: (rupture) => ruptureChanged(queryClient, rupture),
  });
}
