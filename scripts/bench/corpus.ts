import { corpusText } from '../../resources/corpus';
import type { NoteDoc } from '../../shared/notes/doc-schema';

/** Words of the Danish, Swedish and Norwegian texts in resources/corpus, for realistic Nordic notes. */
export function corpusWords(): string[] {
  return (['da', 'sv', 'nb'] as const).flatMap((l) => corpusText(l).split(/\s+/u)).filter((w) => /\p{L}/u.test(w));
}

/** A note of about `words` words in paragraphs of 80, with a heading every 10 paragraphs. */
export function longNote(words: number, vocabulary: string[] = corpusWords()): NoteDoc {
  const content: NoteDoc['content'] = [];
  for (let i = 0, p = 0; i < words; i += 80, p++) {
    if (p % 10 === 0)
      content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Afsnit ${p / 10 + 1}` }] });
    const text = Array.from(
      { length: Math.min(80, words - i) },
      (_, k) => vocabulary[(i + k) % vocabulary.length],
    ).join(' ');
    content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
  }
  return { type: 'doc', content };
}
