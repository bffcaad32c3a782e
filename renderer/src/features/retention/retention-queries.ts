import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '@shared/api/contract';
import { call } from '../../api/client';

/** Every query key of this area. Each starts with its method's name, which the lock uses to forget. */
export const retentionKeys = {
  review: () => ['retention.review'] as const,
  status: (clientId: string) => ['retention.status', clientId] as const,
};

export function useRetentionReview() {
  return useQuery({ queryKey: retentionKeys.review(), queryFn: () => call('retention.review', {}) });
}

export function useRetentionStatus(clientId: string, enabled = true) {
  return useQuery({
    queryKey: retentionKeys.status(clientId),
    queryFn: () => call('retention.status', { clientId }),
    enabled,
  });
}

/**
 * Erases a client's record. Afterwards nothing of theirs stays in the renderer's memory either:
 * every query that names them is dropped, and every other one is read again (lists, counts,
 * search, the overview).
 */
export function useEraseClient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'clients.erase'>) => call('clients.erase', input),
    onSuccess: (_result, { clientId }) => {
      client.removeQueries({ predicate: (query) => JSON.stringify(query.queryKey).includes(clientId) });
      void client.invalidateQueries();
    },
  });
}
