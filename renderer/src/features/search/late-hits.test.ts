import { describe, expect, it } from 'vitest';
import type { SearchHit } from '@shared/api/search';
import { keepInPlace } from './late-hits';

const hit = (id: string, score: number, snippet = id): SearchHit => ({
  kind: 'note',
  id: `00000000-0000-4000-8000-${id.padStart(12, '0')}`,
  clientId: '00000000-0000-4000-8000-000000000001',
  clientName: 'Ingrid Fjellvik',
  clientPseudonym: '',
  date: '2026-03-02T09:00:00.000Z',
  snippet,
  score,
  terms: ['brudd'],
});
const ids = (r: { hits: SearchHit[] }) => r.hits.map((h) => h.id.slice(-2));

describe('compound hits that arrive after the whole-word ones', () => {
  const early = { total: 3, totalApproximate: true, compoundsPending: true, hits: [hit('1', 3e6), hit('2', 2e6)] };

  it('come after the hits already shown, which keep their places', () => {
    const late = {
      total: 4,
      totalApproximate: false,
      compoundsPending: false,
      hits: [hit('2', 2.5e6), hit('1', 2e6), hit('3', 10), hit('4', 5)],
    };
    const merged = keepInPlace(early, late, 20);
    expect(ids(merged)).toEqual(['01', '02', '03', '04']);
    expect(merged).toMatchObject({ total: 4, totalApproximate: false, compoundsPending: false });
  });

  it('never drop a hit on screen, and take its newer snippet', () => {
    const late = {
      total: 3,
      totalApproximate: false,
      compoundsPending: false,
      hits: [hit('2', 2e6, 'newer'), hit('3', 10)],
    };
    const merged = keepInPlace(early, late, 2);
    expect(ids(merged)).toEqual(['01', '02']);
    expect(merged.hits[1]?.snippet).toBe('newer');
  });

  it('fill the page up to its size, no further', () => {
    const late = {
      total: 9,
      totalApproximate: false,
      compoundsPending: false,
      hits: ['1', '2', '3', '4', '5'].map((id, i) => hit(id, 10 - i)),
    };
    expect(ids(keepInPlace(early, late, 3))).toEqual(['01', '02', '03']);
  });
});
