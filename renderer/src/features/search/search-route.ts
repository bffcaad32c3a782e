import { SEARCH_KINDS } from '@shared/api/constants';
import type { SearchKind } from '@shared/api/search';

/** What the search page shows, all of it in the address (#/search?q=…&client=…&page=2). */
export interface SearchRoute {
  q: string;
  clientId: string;
  from: string;
  to: string;
  /** Every kind when none is named in the address. */
  kinds: SearchKind[];
  /** From 0; the address counts from 1. */
  page: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isKind = (value: string): value is SearchKind => (SEARCH_KINDS as readonly string[]).includes(value);

/** Reads the page's state from the address; anything unreadable falls back to the default. */
export function parseSearchRoute(search: string): SearchRoute {
  const params = new URLSearchParams(search);
  const kinds = (params.get('kinds') ?? '').split(',').filter(isKind);
  const page = Number(params.get('page') ?? '1');
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return ISO_DATE.test(value) ? value : '';
  };
  return {
    q: params.get('q') ?? '',
    clientId: params.get('client') ?? '',
    from: date('from'),
    to: date('to'),
    kinds: kinds.length > 0 ? SEARCH_KINDS.filter((k) => kinds.includes(k)) : [...SEARCH_KINDS],
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
  };
}

/** The address for a state: defaults are left out, so a plain search reads #/search?q=brudd. */
export function searchHref(route: Partial<SearchRoute>): string {
  const params = new URLSearchParams();
  if (route.q) params.set('q', route.q);
  if (route.clientId) params.set('client', route.clientId);
  if (route.from) params.set('from', route.from);
  if (route.to) params.set('to', route.to);
  if (route.kinds && route.kinds.length > 0 && route.kinds.length < SEARCH_KINDS.length)
    params.set('kinds', route.kinds.join(','));
  if (route.page) params.set('page', String(route.page + 1));
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}
