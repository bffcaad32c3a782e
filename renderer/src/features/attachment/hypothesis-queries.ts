import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MethodInput } from '@shared/api/contract';
import type { Hypothesis } from '@shared/api/hypotheses';
import { call } from '../../api/client';
import { searchKeys } from '../search/search-queries';

/** Every query key of this area. Each starts with its method's name, which the lock uses to forget. */
export const hypothesisKeys = {
  list: (clientId: string) => ['hypotheses.list', clientId] as const,
  detail: (id: string) => ['hypotheses.get', id] as const,
};

/** What a change to a hypothesis makes stale: its client's list, and search (rationales are indexed). */
function hypothesisChanged(queryClient: QueryClient, hypothesis: Hypothesis): void {
  queryClient.setQueryData(hypothesisKeys.detail(hypothesis.id), hypothesis);
  void queryClient.invalidateQueries({ queryKey: hypothesisKeys.list(hypothesis.clientId) });
  void queryClient.invalidateQueries({ queryKey: searchKeys.all() });
}

export function useHypotheses(clientId: string) {
  return useQuery({ queryKey: hypothesisKeys.list(clientId), queryFn: () => call('hypotheses.list', { clientId }) });
}

export function useCreateHypothesis() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'hypotheses.create'>) => call('hypotheses.create', input),
    onSuccess: (hypothesis) => hypothesisChanged(queryClient, hypothesis),
  });
}

export function useUpdateHypothesis() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'hypotheses.update'>) => call('hypotheses.update', input),
    onSuccess: (hypothesis) => hypothesisChanged(queryClient, hypothesis),
  });
}
