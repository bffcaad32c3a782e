import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '@shared/api/contract';
import { call } from '../../api/client';
import { useCoreEvent } from '../../api/core-events';

export type AuditListInput = MethodInput<'audit.list'>;

/** Every query key of the audit log; the keys of one client's log share the ofClient prefix. */
export const auditKeys = {
  all: () => ['audit.list'] as const,
  ofClient: (clientId: string | undefined) => ['audit.list', clientId ?? null] as const,
  integrity: () => ['audit.integrity'] as const,
  page: (input: AuditListInput) =>
    ['audit.list', input.clientId ?? null, { limit: input.limit ?? null, offset: input.offset ?? 0 }] as const,
};

/** One page of the log, newest first; the page on screen stays until the next one arrives. */
export function useAuditLog(input: AuditListInput) {
  return useQuery({
    queryKey: auditKeys.page(input),
    queryFn: () => call('audit.list', input),
    placeholderData: keepPreviousData,
  });
}

/**
 * Whether the log's hash chain held when the vault was last unlocked (checked once per unlock; a
 * long log after unlock, and the answer is asked again when that check is done).
 */
export function useAuditIntegrity() {
  const client = useQueryClient();
  useCoreEvent('audit.checked', () => void client.invalidateQueries({ queryKey: auditKeys.integrity() }));
  return useQuery({ queryKey: auditKeys.integrity(), queryFn: () => call('audit.integrity', {}), staleTime: Infinity });
}
