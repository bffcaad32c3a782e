import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '@shared/api/contract';
import { call } from '../../api/client';

export function useAttachments(clientId: string, sessionId?: string) {
  return useQuery({
    queryKey: ['attachments.list', clientId, sessionId ?? null],
    queryFn: () => call('attachments.list', sessionId ? { clientId, sessionId } : { clientId }),
  });
}

/** The file's bytes, fetched only when a preview or a copy is asked for; not kept after. */
export function useAttachmentData(id: string | null) {
  return useQuery({
    queryKey: ['attachments.get', id],
    queryFn: () => call('attachments.get', { id: id ?? '' }),
    enabled: id !== null,
    gcTime: 0,
  });
}

export function useAddAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'attachments.add'>) => call('attachments.add', input),
    onSuccess: (meta) => {
      void queryClient.invalidateQueries({ queryKey: ['attachments.list', meta.clientId] });
      void queryClient.invalidateQueries({ queryKey: ['audit.list', meta.clientId] });
    },
  });
}
