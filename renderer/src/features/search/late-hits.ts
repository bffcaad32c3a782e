import type { SearchHit } from '@shared/api/search';

interface Shown {
  hits: SearchHit[];
}

const keyOf = (hit: SearchHit) => `${hit.kind}:${hit.id}`;

/**
 * The hits of a search asked again once its compound hits can be found: what is already on screen
 * stays where it is (with its newer snippet and score), and the hits found since come after it,
 * up to the page's size. Nothing the clinician is looking at moves or disappears.
 */
export function keepInPlace<T extends Shown>(shown: Shown, next: T, pageSize: number): T {
  const fresh = new Map(next.hits.map((hit) => [keyOf(hit), hit]));
  const kept = shown.hits.map((hit) => fresh.get(keyOf(hit)) ?? hit);
  const keptKeys = new Set(kept.map(keyOf));
  const added = next.hits.filter((hit) => !keptKeys.has(keyOf(hit)));
  return { ...next, hits: [...kept, ...added].slice(0, Math.max(pageSize, kept.length)) };
}
