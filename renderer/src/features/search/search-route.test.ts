import { describe, expect, it } from 'vitest';
import { SEARCH_KINDS } from '@shared/api/constants';
import { parseSearchRoute, searchHref } from './search-route';

describe('the search page in the address', () => {
  it('round-trips every filter and the page', () => {
    const route = {
      q: '"kom for sent" -broren & så',
      clientId: '3f1c2a9e-0000-4000-8000-000000000001',
      from: '2026-01-01',
      to: '2026-03-31',
      kinds: ['note' as const, 'client' as const],
      page: 2,
    };
    const href = searchHref(route);
    expect(href.startsWith('/search?')).toBe(true);
    expect(parseSearchRoute(href.slice('/search?'.length))).toEqual(route);
  });

  it('leaves defaults out and reads a bare or damaged address as the defaults', () => {
    expect(searchHref({ q: 'brudd', kinds: [...SEARCH_KINDS], page: 0 })).toBe('/search?q=brudd');
    expect(searchHref({})).toBe('/search');
    expect(parseSearchRoute('q=brudd&page=-3&from=yesterday&kinds=nonsense')).toEqual({
      q: 'brudd',
      clientId: '',
      from: '',
      to: '',
      kinds: [...SEARCH_KINDS],
      page: 0,
    });
  });
});
