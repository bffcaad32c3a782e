import type { TFunction } from 'i18next';

/** "Nothing found", "1 result", "N results" or "About N results", in the interface's language. */
export function totalText(t: TFunction, total: number, approximate = false): string {
  if (approximate) return t('search.totalApproximate', { count: total });
  if (total === 0) return t('search.none');
  if (total === 1) return t('search.one');
  return t('search.total', { count: total });
}
