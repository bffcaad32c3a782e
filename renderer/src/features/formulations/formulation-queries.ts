import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { FormulationSections } from '@shared/api/formulations';
import { call } from '../../api/client';
import { searchKeys } from '../search/search-queries';

/** Every query key of this area. Each starts with its method's name, which the lock uses to forget. */
export const formulationKeys = {
  current: (clientId: string) => ['formulations.get', clientId] as const,
  versions: (clientId: string) => ['formulations.versions', clientId] as const,
  version: (clientId: string, versionId: string) => ['formulations.version', clientId, versionId] as const,
};

/** What a save makes stale besides the text itself: search (formulations are indexed). */
function formulationChanged(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: searchKeys.all() });
}

export function useFormulation(clientId: string, { refetchOnMount = true }: { refetchOnMount?: boolean } = {}) {
  return useQuery({
    queryKey: formulationKeys.current(clientId),
    queryFn: () => call('formulations.get', { clientId }),
    // The open editors own the text; a refetch on focus would only bring back what they saved.
    refetchOnWindowFocus: false,
    refetchOnMount,
  });
}

/** Asks the vault for the formulation again (after a CONFLICT), and keeps the answer in the cache. */
export function useReloadFormulation(clientId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      queryClient.fetchQuery({
        queryKey: formulationKeys.current(clientId),
        queryFn: () => call('formulations.get', { clientId }),
      }),
    [queryClient, clientId],
  );
}

/** Saves the sections quoting the revision they edit; the cache then holds what the vault holds. */
export function useSaveFormulation(clientId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    async (sections: FormulationSections, revision: number) => {
      const saved = await call('formulations.save', { clientId, sections, revision });
      queryClient.setQueryData(
        formulationKeys.current(clientId),
        (old: { sections: FormulationSections } | undefined) => ({
          sections: { ...old?.sections, ...sections },
          revision: saved.revision,
          updatedAt: saved.savedAt,
        }),
      );
      formulationChanged(queryClient);
      return saved;
    },
    [queryClient, clientId],
  );
}

export function useFormulationVersions(clientId: string) {
  return useQuery({
    queryKey: formulationKeys.versions(clientId),
    queryFn: () => call('formulations.versions', { clientId }),
  });
}

/** A recorded version's text; versions never change, so it is never fetched twice. */
export function useFormulationVersion(clientId: string, versionId: string | null) {
  return useQuery({
    queryKey: formulationKeys.version(clientId, versionId ?? ''),
    queryFn: () => call('formulations.version', { clientId, versionId: versionId ?? '' }),
    enabled: versionId !== null,
    staleTime: Infinity,
  });
}

export function useRecordVersion(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call('formulations.recordVersion', { clientId, name }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: formulationKeys.versions(clientId) }),
  });
}

/**
 * Fetches a version as soon as it is chosen, so comparing it is only the comparison; resolves with
 * its text (from the cache when it is there), or undefined if it could not be read (the
 * comparison then says why).
 */
export function usePrefetchVersion(clientId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (versionId: string): Promise<FormulationSections | undefined> =>
      queryClient
        .ensureQueryData({
          queryKey: formulationKeys.version(clientId, versionId),
          queryFn: () => call('formulations.version', { clientId, versionId }),
          staleTime: Infinity,
        })
        .then(
          (version) => version.sections,
          () => undefined,
        ),
    [queryClient, clientId],
  );
}

/** The current text as the cache holds it (what the editors last saved), if it is loaded. */
export function useCachedFormulation(clientId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (): FormulationSections | undefined =>
      queryClient.getQueryData<{ sections: FormulationSections }>(formulationKeys.current(clientId))?.sections,
    [queryClient, clientId],
  );
}
