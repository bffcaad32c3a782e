import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MethodInput } from '@shared/api/contract';
import { call } from '../../api/client';
import { clientChanged } from '../clients/client-queries';
import { overviewChanged } from '../overview/overview-queries';
import { SETTINGS_KEY } from '../settings/settings-queries';

/** Every query key of this area. Each starts with its method's name, which the lock uses to forget. */
export const allianceKeys = {
  rating: (sessionId: string) => ['alliance.get', sessionId] as const,
  timelines: () => ['alliance.timeline'] as const,
  timeline: (clientId: string) => ['alliance.timeline', clientId] as const,
};

/**
 * What a change to a client's alliance makes stale, declared once: the client's timeline (its
 * series, and the dips found in it), the practice overview, and the client's audit log. Ruptures
 * call it too, since a logged rupture decides whether a dip is "possibly unnoticed".
 */
export function allianceChanged(queryClient: QueryClient, clientId: string): void {
  void queryClient.invalidateQueries({ queryKey: allianceKeys.timeline(clientId) });
  overviewChanged(queryClient);
  clientChanged(queryClient, clientId);
}

export function useAllianceRating(sessionId: string) {
  return useQuery({ queryKey: allianceKeys.rating(sessionId), queryFn: () => call('alliance.get', { sessionId }) });
}

export function useRecordAlliance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'alliance.record'>) => call('alliance.record', input),
    onSuccess: (rating) => {
      queryClient.setQueryData(allianceKeys.rating(rating.sessionId), rating);
      allianceChanged(queryClient, rating.clientId);
    },
  });
}

/** Every change to a timeline goes through the invalidations above: it stays fresh a while, so the tab's route and the tab share one request. */
const TIMELINE_FRESH_MS = 10_000;

export function useAllianceTimeline(clientId: string) {
  return useQuery({
    queryKey: allianceKeys.timeline(clientId),
    queryFn: () => call('alliance.timeline', { clientId }),
    staleTime: TIMELINE_FRESH_MS,
  });
}

/** The instrument and the dip rule live in the settings; a new rule finds other dips in every timeline. */
export function useUpdateAllianceSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      patch: Pick<MethodInput<'settings.update'>, 'allianceInstrument' | 'dipK' | 'repairWindow' | 'repairTolerance'>,
    ) => call('settings.update', patch),
    onSuccess: (settings) => {
      queryClient.setQueryData(SETTINGS_KEY, settings);
      void queryClient.invalidateQueries({ queryKey: allianceKeys.timelines() });
      overviewChanged(queryClient);
    },
  });
}
