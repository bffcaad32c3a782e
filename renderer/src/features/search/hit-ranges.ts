import { compoundFragment } from '@shared/search/nordic-stem';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Does a word in the note answer one of the searched terms (whole, as a prefix, or inside a compound)? */
export function wordMatcher(terms: string[]): (word: string) => boolean {
  const lowered = terms.map((t) => t.toLowerCase());
  const fragments = lowered.flatMap((t) => compoundFragment(t) ?? []);
  return (word) => {
    const w = word.toLowerCase();
    return lowered.some((t) => w === t || w.startsWith(t)) || fragments.some((f) => w.includes(f));
  };
}

/** DOM ranges of every matching word under root, in document order. */
export function hitRanges(root: Node, terms: string[]): Range[] {
  const matches = wordMatcher(terms);
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const m of text.matchAll(WORD)) {
      if (!matches(m[0])) continue;
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      ranges.push(range);
    }
  }
  return ranges;
}
