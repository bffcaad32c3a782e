import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '@shared/api/contract';
import { call } from '../../api/client';
import { auditKeys } from '../audit/audit-queries';

/** Every query key of this area; a client's lists share the ofClient prefix. */
export const documentKeys = {
  ofClient: (clientId: string) => ['documents.list', clientId] as const,
  list: (clientId: string, sessionId?: string) => ['documents.list', clientId, sessionId ?? null] as const,
  data: (id: string | null) => ['documents.get', id] as const,
};

export function useDocuments(clientId: string, sessionId?: string) {
  return useQuery({
    queryKey: documentKeys.list(clientId, sessionId),
    queryFn: () => call('documents.list', sessionId ? { clientId, sessionId } : { clientId }),
  });
}

/** The file's bytes, fetched only when a preview or a copy is asked for; not kept after. */
export function useDocumentData(id: string | null) {
  return useQuery({
    queryKey: documentKeys.data(id),
    queryFn: () => call('documents.get', { id: id ?? '' }),
    enabled: id !== null,
    gcTime: 0,
  });
}

export function useAddDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'documents.add'>) => call('documents.add', input),
    // The client's lists (all files, and the session's) and its audit log gain a line.
    onSuccess: (meta) => {
      void queryClient.invalidateQueries({ queryKey: documentKeys.ofClient(meta.clientId) });
      void queryClient.invalidateQueries({ queryKey: auditKeys.ofClient(meta.clientId) });
    },
  });
}
