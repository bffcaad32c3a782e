import type { TFunction } from 'i18next';

/** "Nothing found", "1 result" or "N results", in the interface's language. */
export function totalText(t: TFunction, total: number): string {
  if (total === 0) return t('search.none');
  if (total === 1) return t('search.one');
  return t('search.total', { count: total });
}
