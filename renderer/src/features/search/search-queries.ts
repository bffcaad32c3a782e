import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '@shared/api/contract';
import { call } from '../../api/client';

export type SearchInput = MethodInput<'search.query'>;

/** Every query key of search; anything written to the vault may change any result. */
export const searchKeys = {
  all: () => ['search.query'] as const,
  query: (input: SearchInput) => ['search.query', input] as const,
};

/** Results as you type: the previous page stays on screen until the next one arrives. */
export function useSearchResults(input: SearchInput) {
  return useQuery({
    queryKey: searchKeys.query(input),
    queryFn: () => call('search.query', input),
    enabled: input.q.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
