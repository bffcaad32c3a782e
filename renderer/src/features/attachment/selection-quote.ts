import { quoteAt, type QuoteSelector, type TextRange } from '@shared/annotations/quote-anchor';
import type { NoteDoc } from '@shared/notes/doc-schema';
import { docRange, textRange, textWithPositions } from '@shared/notes/text-positions';

export interface SelectedPassage {
  quote: QuoteSelector;
  /** Where the passage is in the note's plain text. */
  range: TextRange;
}

/**
 * The editor's selection [from, to) as a passage of the note's plain text, with the quote that
 * finds it again (its exact words and some text either side); null when it holds no words.
 */
export function passageOfSelection(doc: NoteDoc, from: number, to: number): SelectedPassage | null {
  const mapped = textWithPositions(doc);
  const range = textRange(mapped, Math.min(from, to), Math.max(from, to));
  if (!range) return null;
  // A selection dragged past a paragraph's end starts or ends on a line break or spaces: trimmed.
  let { start, end } = range;
  while (start < end && /\s/u.test(mapped.text[start] as string)) start++;
  while (end > start && /\s/u.test(mapped.text[end - 1] as string)) end--;
  if (start === end) return null;
  return { quote: quoteAt(mapped.text, { start, end }), range: { start, end } };
}

export interface PassageMark {
  id: string;
  start: number;
  end: number;
}

/** Passages of the plain text as the editor's ranges, for drawing them; those without one are left out. */
export function editorRanges(
  doc: NoteDoc,
  passages: readonly PassageMark[],
): Array<{ id: string; from: number; to: number }> {
  if (passages.length === 0) return [];
  const mapped = textWithPositions(doc);
  return passages.flatMap((p) => {
    const range = docRange(mapped, p.start, p.end);
    return range ? [{ id: p.id, ...range }] : [];
  });
}
