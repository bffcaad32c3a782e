import { describe, expect, it } from 'vitest';
import { splitHash } from './hash-location';

describe('a route in the hash', () => {
  it('is the path before the question mark and the search after it', () => {
    expect(splitHash('#/search?q=brudd&page=2')).toEqual({ path: '/search', search: 'q=brudd&page=2' });
    expect(splitHash('#/clients/abc')).toEqual({ path: '/clients/abc', search: '' });
    expect(splitHash('')).toEqual({ path: '/', search: '' });
    expect(splitHash('#search?q=')).toEqual({ path: '/search', search: 'q=' });
  });
});
