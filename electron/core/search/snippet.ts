import { HIT_END, HIT_START } from '@shared/api/search';
import { compoundFragment } from '@shared/search/nordic-stem';
import type { ParsedQuery } from './query-parser';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const SNIPPET_WORDS = 24;

export type WordMatcher = (word: string) => boolean;

/** What counts as a hit in a text, mirroring the FTS query: words, prefixes, phrase words, compounds. */
export function matcherFor(query: ParsedQuery): WordMatcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const fragments: string[] = [];
  for (const term of query.units.flat()) {
    if (term.kind === 'prefix') prefixes.push(term.text);
    else if (term.kind === 'phrase') term.words.forEach((w) => exact.add(w));
    else {
      exact.add(term.text);
      const fragment = compoundFragment(term.text);
      if (fragment) fragments.push(fragment);
    }
  }
  return (word) => exact.has(word) || prefixes.some((p) => word.startsWith(p)) || fragments.some((f) => word.includes(f));
}

/**
 * A window of the text around its densest run of hits, with each hit between HIT_START and
 * HIT_END. Built here rather than by FTS5's snippet(), which re-runs the whole query per row.
 */
export function snippetOf(text: string, matches: WordMatcher, words = SNIPPET_WORDS): string {
  const tokens: Array<{ start: number; end: number; hit: boolean }> = [];
  const hitAt: number[] = [];
  for (const m of text.matchAll(WORD)) {
    const hit = matches(m[0].toLowerCase());
    if (hit) hitAt.push(tokens.length);
    tokens.push({ start: m.index, end: m.index + m[0].length, hit });
  }
  if (tokens.length === 0) return '';
  // The window that starts at a hit and holds the most hits; a few words of context before it.
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < hitAt.length; i++) {
    while (j < hitAt.length && (hitAt[j] as number) < (hitAt[i] as number) + words) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = Math.max(0, (hitAt[i] as number) - 4);
    }
  }
  const last = Math.min(tokens.length, best + words) - 1;
  let out = best > 0 ? '…' : '';
  let cursor = (tokens[best] as { start: number }).start;
  for (let i = best; i <= last; i++) {
    const t = tokens[i] as { start: number; end: number; hit: boolean };
    out += text.slice(cursor, t.start).replaceAll(HIT_START, '').replaceAll(HIT_END, '');
    const word = text.slice(t.start, t.end);
    out += t.hit ? `${HIT_START}${word}${HIT_END}` : word;
    cursor = t.end;
  }
  // The last window keeps the text's closing punctuation.
  if (last === tokens.length - 1) out += text.slice(cursor).replaceAll(HIT_START, '').replaceAll(HIT_END, '');
  return out.replace(/\s+/gu, ' ').trim() + (last < tokens.length - 1 ? '…' : '');
}
