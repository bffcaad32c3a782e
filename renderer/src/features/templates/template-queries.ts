import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MethodInput } from '@shared/api/contract';
import { call } from '../../api/client';

export const templateKeys = {
  list: () => ['templates.list'] as const,
};

/** A saved or deleted template changes the list a new session offers. */
function templatesChanged(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: templateKeys.list() });
}

export function useTemplates() {
  return useQuery({ queryKey: templateKeys.list(), queryFn: () => call('templates.list', {}) });
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'templates.save'>) => call('templates.save', input),
    onSuccess: () => templatesChanged(queryClient),
  });
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('templates.delete', { id }),
    onSuccess: () => templatesChanged(queryClient),
  });
}
