import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MethodInput } from '@shared/api/contract';
import { call } from '../../api/client';

/** Every query key of this area. Each starts with its method's name, which the lock uses to forget. */
export const evidenceKeys = {
  all: () => ['evidence.list'] as const,
  ofClient: (clientId: string) => ['evidence.list', 'client', clientId] as const,
  ofHypothesis: (hypothesisId: string) => ['evidence.list', 'hypothesis', hypothesisId] as const,
};

/** A link or an unlink changes lists by client and by hypothesis alike: all of them are asked again. */
function evidenceChanged(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: evidenceKeys.all() });
}

/** Every passage linked in a client's notes, with where each is in its note now. */
export function useClientEvidence(clientId: string | undefined) {
  return useQuery({
    queryKey: evidenceKeys.ofClient(clientId ?? ''),
    queryFn: () => call('evidence.list', { clientId: clientId ?? '' }),
    enabled: clientId !== undefined,
  });
}

export function useHypothesisEvidence(hypothesisId: string) {
  return useQuery({
    queryKey: evidenceKeys.ofHypothesis(hypothesisId),
    queryFn: () => call('evidence.list', { hypothesisId }),
  });
}

export function useLinkEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'evidence.link'>) => call('evidence.link', input),
    onSuccess: () => evidenceChanged(queryClient),
  });
}

export function useUnlinkEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('evidence.unlink', { id }),
    onSuccess: () => evidenceChanged(queryClient),
  });
}
