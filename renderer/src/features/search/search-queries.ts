import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '@shared/api/contract';
import { call } from '../../api/client';

export type SearchInput = MethodInput<'search.query'>;

/** Results as you type: the previous page stays on screen until the next one arrives. */
export function useSearchResults(input: SearchInput) {
  return useQuery({
    queryKey: ['search.query', input],
    queryFn: () => call('search.query', input),
    enabled: input.q.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
