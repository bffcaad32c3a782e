import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteDoc } from '../../shared/notes/doc-schema';

const SEEDS = join(__dirname, '..', '..', '..', 'shared', 'seeds');
const SEED_FILES = ['000_445bfa6a2ba229f5.txt', '001_f20455e36328061f.txt', '002_316a93b49b658155.txt'];

/** Words of the three seed texts (Danish, Swedish, Norwegian), for realistic Nordic notes. */
export function seedWords(): string[] {
  return SEED_FILES.flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split(/\s+/u)).filter((w) => /\p{L}/u.test(w));
}

/** A note of about `words` words in paragraphs of 80, with a heading every 10 paragraphs. */
export function longNote(words: number, vocabulary: string[] = seedWords()): NoteDoc {
  const content: NoteDoc['content'] = [];
  for (let i = 0, p = 0; i < words; i += 80, p++) {
    if (p % 10 === 0) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Afsnit ${p / 10 + 1}` }] });
    const text = Array.from({ length: Math.min(80, words - i) }, (_, k) => vocabulary[(i + k) % vocabulary.length]).join(' ');
    content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
  }
  return { type: 'doc', content };
}
