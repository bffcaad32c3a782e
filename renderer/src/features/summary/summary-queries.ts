import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SummaryOptions } from '@shared/api/summary';
import { call } from '../../api/client';
import { auditKeys } from '../audit/audit-queries';

/** Every query key of this area. Each starts with its method's name, which the lock uses to forget. */
export const summaryKeys = {
  summary: (clientId: string, options: SummaryOptions) => ['summary.get', clientId, options] as const,
};

/** The case summary for one set of options; undefined options wait (the practice's settings are still being read). */
export function useCaseSummary(clientId: string, options: SummaryOptions | undefined) {
  return useQuery({
    queryKey: options ? summaryKeys.summary(clientId, options) : ['summary.get', clientId, null],
    queryFn: () => call('summary.get', { clientId, options: options as SummaryOptions }),
    enabled: options !== undefined,
    // A summary is read when printed: always from the vault as it is now, and not kept long after.
    staleTime: 0,
    gcTime: 60_000,
    refetchOnWindowFocus: false,
  });
}

/** Writes the print or the saved PDF to the audit log, with the options it was made with. */
export function useRecordSummaryOutput(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { kind: 'print' | 'pdf'; options: SummaryOptions }) =>
      call('summary.recordOutput', { clientId, ...input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: auditKeys.ofClient(clientId) }),
  });
}
