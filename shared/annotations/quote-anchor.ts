/**
 * Passages of a note are anchored outside the note, as the W3C Web Annotation model does: a
 * quote selector (the exact text, with some text before and after it) and a position hint. The
 * note is never changed, so a signed note stays byte for byte as it was signed; when a draft is
 * edited, the passage is found again by its quote. One module for every area that links to
 * passages (evidence for hypotheses and formulations, the passage of a rupture).
 *
 * Offsets are in the note's plain text (docToPlainText), the text the vault stores beside the
 * document and searches.
 */

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextRange {
  start: number;
  end: number;
}

/** How much text before and after a passage is kept to tell one occurrence from another. */
export const QUOTE_CONTEXT = 32;
export const MAX_QUOTE_LENGTH = 2_000;

/** The selector for text[start, end). */
export function quoteAt(text: string, range: TextRange, context = QUOTE_CONTEXT): QuoteSelector {
  return {
    exact: text.slice(range.start, range.end),
    prefix: text.slice(Math.max(0, range.start - context), range.start),
    suffix: text.slice(range.end, range.end + context),
  };
}

/** Characters that agree, walking outward from the passage (the prefix backwards, the suffix forwards). */
function agreeing(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max) {
    const x = fromEnd ? a[a.length - 1 - n] : a[n];
    const y = fromEnd ? b[b.length - 1 - n] : b[n];
    if (x !== y) break;
    n++;
  }
  return n;
}

/**
 * Where the quoted passage is in text now: among the occurrences of its exact text, the one
 * whose surroundings agree most with the quote's prefix and suffix, then the one nearest the
 * hint. Null when the exact text is no longer there (the passage was edited away).
 */
export function findQuote(
  text: string,
  quote: Pick<QuoteSelector, 'exact'> & Partial<QuoteSelector>,
  hint?: number,
): TextRange | null {
  const { exact } = quote;
  if (exact.length === 0) return null;
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  let best: { range: TextRange; score: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    const score =
      agreeing(text.slice(Math.max(0, at - prefix.length), at), prefix, true) +
      agreeing(text.slice(end, end + suffix.length), suffix, false);
    const distance = hint === undefined ? 0 : Math.abs(at - hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { range: { start: at, end }, score, distance };
    }
  }
  return best?.range ?? null;
}
