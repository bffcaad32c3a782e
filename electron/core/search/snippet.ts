import { HIT_END, HIT_START } from '@shared/api/search';
import { compoundFragment } from '@shared/search/nordic-stem';
import type { ParsedQuery } from './query-parser';
import { WORD_CHAR_CLASS } from './tokens';

const SNIPPET_WORDS = 24;

/** Whether a lower-cased word is a hit; every hit contains one of `needles`. */
export interface WordMatcher {
  (word: string): boolean;
  needles: string[];
}

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
  const matches = (word: string) =>
    exact.has(word) || prefixes.some((p) => word.startsWith(p)) || fragments.some((f) => word.includes(f));
  return Object.assign(matches, { needles: [...exact, ...prefixes, ...fragments] });
}

const WORD_CHAR = new RegExp(`^${WORD_CHAR_CLASS}$`, 'u');
/** Non-ASCII code points seen so far and whether they are word characters (a text has few). */
const wordCharCache = new Map<number, boolean>();

function isWordChar(codePoint: number): boolean {
  if (codePoint < 128) {
    return (
      (codePoint >= 48 && codePoint <= 57) ||
      (codePoint >= 65 && codePoint <= 90) ||
      (codePoint >= 97 && codePoint <= 122)
    );
  }
  let known = wordCharCache.get(codePoint);
  if (known === undefined) {
    // A lone surrogate is no letter, as with tokens.ts's WORD expression.
    known = codePoint < 0xd800 || codePoint > 0xdfff ? WORD_CHAR.test(String.fromCodePoint(codePoint)) : false;
    wordCharCache.set(codePoint, known);
  }
  return known;
}

/**
 * Where each word of the text starts and ends (start, end, start, end, …): the spans tokens.ts's
 * WORD matches give, found without a match object per word. Snippets are built for every hit shown,
 * so this runs over some 40 KB of text per search.
 */
export function wordSpans(text: string): number[] {
  const spans: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isWordChar(codePoint)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      spans.push(start, i);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) spans.push(start, text.length);
  return spans;
}

/**
 * The words that contain a needle, found by searching the lower-cased text for each needle
 * rather than testing every word; every word where lower case changes the text's length.
 */
function candidates(text: string, spans: number[], needles: string[]): Set<number> {
  const count = spans.length / 2;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return new Set(Array.from({ length: count }, (_, k) => k));
  const found = new Set<number>();
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      // The last word that starts at or before the occurrence.
      let lo = 0;
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((spans[2 * mid] as number) <= at) lo = mid;
        else hi = mid - 1;
      }
      if ((spans[2 * lo + 1] as number) >= at + needle.length) found.add(lo);
    }
  }
  return found;
}

/** The indexes (in order) of the words of the text that are hits. */
export function hitWords(text: string, matches: WordMatcher, spans = wordSpans(text)): number[] {
  const hits: number[] = [];
  for (const k of candidates(text, spans, matches.needles)) {
    if (matches(text.slice(spans[2 * k], spans[2 * k + 1]).toLowerCase())) hits.push(k);
  }
  return hits.sort((a, b) => a - b);
}

const unmarked = (text: string) => text.replaceAll(HIT_START, '').replaceAll(HIT_END, '');

/**
 * A window of the text around its densest run of hits, with each hit between HIT_START and
 * HIT_END. Built here rather than by FTS5's snippet(), which re-runs the whole query per row.
 */
export function snippetOf(text: string, matches: WordMatcher, words = SNIPPET_WORDS): string {
  const spans = wordSpans(text);
  const count = spans.length / 2;
  if (count === 0) return '';
  const hitAt = hitWords(text, matches, spans);
  const hit = new Uint8Array(count);
  for (const k of hitAt) hit[k] = 1;
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
  const last = Math.min(count, best + words) - 1;
  let out = best > 0 ? '…' : '';
  let cursor = spans[2 * best] as number;
  for (let k = best; k <= last; k++) {
    const start = spans[2 * k] as number;
    const end = spans[2 * k + 1] as number;
    out += unmarked(text.slice(cursor, start));
    const word = text.slice(start, end);
    out += hit[k] ? `${HIT_START}${word}${HIT_END}` : word;
    cursor = end;
  }
  // The last window keeps the text's closing punctuation.
  if (last === count - 1) out += unmarked(text.slice(cursor));
  return out.replace(/\s+/gu, ' ').trim() + (last < count - 1 ? '…' : '');
}
