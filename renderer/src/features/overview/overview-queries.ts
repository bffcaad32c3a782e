import { useQuery, type QueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Every query key of this area. Each starts with its method's name, which the lock uses to forget. */
export const overviewKeys = {
  get: () => ['overview.get'] as const,
};

/** Ratings, ruptures and notes all feed the overview: any of them changing asks for it again. */
export function overviewChanged(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: overviewKeys.get() });
}

export function useOverview() {
  return useQuery({ queryKey: overviewKeys.get(), queryFn: () => call('overview.get', {}) });
}
