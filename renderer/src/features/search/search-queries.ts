import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodOutput } from '@shared/api/contract';
import { call } from '../../api/client';
import { keepInPlace } from './late-hits';

export type SearchInput = MethodInput<'search.query'>;
export type SearchResult = MethodOutput<'search.query'>;

const DEFAULT_PAGE_SIZE = 20;
/** Right after unlock compound hits follow whole-word ones once the word list is read (well under a second). */
const COMPOUNDS_RETRY_MS = 250;

/** Every query key of search; anything written to the vault may change any result. */
export const searchKeys = {
  all: () => ['search.query'] as const,
  query: (input: SearchInput) => ['search.query', input] as const,
};

/**
 * Results as you type: the previous page stays on screen until the next one arrives. A result
 * without its compound hits yet is asked for again until it has them, and what it showed stays
 * in place.
 */
export function useSearchResults(input: SearchInput) {
  const queryClient = useQueryClient();
  const key = searchKeys.query(input);
  return useQuery({
    queryKey: key,
    queryFn: async () => {
      const next = await call('search.query', input);
      const shown = queryClient.getQueryData<SearchResult>(key);
      return shown?.compoundsPending ? keepInPlace(shown, next, input.limit ?? DEFAULT_PAGE_SIZE) : next;
    },
    enabled: input.q.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.compoundsPending ? COMPOUNDS_RETRY_MS : false),
  });
}

/**
 * The total to show: an approximate one at first, and for a page that shows it (the search page)
 * the exact count asked for in the background once the hits are on screen.
 */
export function useTotal(
  input: SearchInput,
  shown: SearchResult | undefined,
  /** The result shown is the last search's, kept on screen while this one is asked. */
  previous: boolean,
): { total: number; approximate: boolean } {
  const exactInput: SearchInput = { ...input, exactTotal: true };
  const wanted = !previous && shown !== undefined && shown.totalApproximate && !shown.compoundsPending;
  const exact = useQuery({
    queryKey: searchKeys.query(exactInput),
    queryFn: () => call('search.query', exactInput),
    enabled: wanted && input.q.trim() !== '',
    staleTime: 0,
  });
  if (wanted && exact.data) return { total: exact.data.total, approximate: false };
  return { total: shown?.total ?? 0, approximate: shown?.totalApproximate ?? false };
}
