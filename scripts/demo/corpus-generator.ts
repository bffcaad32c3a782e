import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteDoc } from '../../shared/notes/doc-schema';

/**
 * Fictional clients and session notes, the same for the same seed: text built from the seed
 * texts (Danish, Swedish, Norwegian) and an English clinical vocabulary. No real person appears.
 */
const SEEDS = join(__dirname, '..', '..', '..', 'shared', 'seeds');
const SEED_FILES = { da: '000_445bfa6a2ba229f5.txt', sv: '001_f20455e36328061f.txt', nb: '002_316a93b49b658155.txt' } as const;

const ENGLISH = [
  'The client described feeling unseen when her partner withdrew after arguments.',
  'We explored the pattern of seeking closeness and then pulling away when it was offered.',
  'He minimised the impact of the cancelled session and changed the topic quickly.',
  'I noticed my own urge to reassure rather than stay with the disappointment.',
  'She said the homework felt pointless, which we linked to earlier experiences of not being heard.',
  'Sleep has improved slightly; the nightmares are less frequent since the last session.',
  'We agreed to focus on the relationship with her sister before returning to work stress.',
  'The rupture seemed to resolve when I acknowledged my part in the misunderstanding.',
  'He spoke about his father in an abstract way, with little feeling in his voice.',
  'Plan: continue weekly sessions, revisit the goals in four weeks, monitor sleep.',
  'Attachment anxiety appeared high when she talked about being left alone at weekends.',
  'The therapeutic alliance feels stronger; she disagreed with me openly for the first time.',
];

const FIRST = ['Astrid', 'Bjørn', 'Cecilie', 'Dagfinn', 'Elin', 'Frode', 'Gunnhild', 'Halvor', 'Ingrid', 'Jens', 'Karin', 'Leif', 'Maja', 'Nils', 'Oda', 'Per', 'Ragnhild', 'Sune', 'Tove', 'Ulf', 'Vibeke', 'Åsa', 'Øystein', 'Märta'];
const LAST = ['Fjellvik', 'Strandmo', 'Lyngdal', 'Bakkerud', 'Solbråten', 'Havnås', 'Eikeli', 'Moseby', 'Nordhagen', 'Vestrum', 'Kvernberg', 'Tjernsli', 'Åsmundrud', 'Östebro'];

export type CorpusLanguage = keyof typeof SEED_FILES | 'en';

/** mulberry32: small, fast and deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentencesOf(text: string): string[] {
  return text
    .replace(/^---[\s\S]*?---/u, '')
    .split(/(?<=[.!?])\s+/u)
    .map((s) => s.replace(/\s+/gu, ' ').replace(/[#*_>`]/gu, '').trim())
    .filter((s) => s.split(' ').length >= 5 && s.length < 400);
}

export function loadSentences(): Record<CorpusLanguage, string[]> {
  const read = (f: string) => sentencesOf(readFileSync(join(SEEDS, f), 'utf8'));
  return { da: read(SEED_FILES.da), sv: read(SEED_FILES.sv), nb: read(SEED_FILES.nb), en: ENGLISH };
}

export interface GeneratedClient {
  name: string;
  pseudonym: string;
  tags: string[];
}

export interface GeneratedNote {
  clientIndex: number;
  language: CorpusLanguage;
  startsAt: string;
  doc: NoteDoc;
}

export function generateClients(count: number, seed = 7): GeneratedClient[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  return Array.from({ length: count }, (_, i) => ({
    name: `${pick(FIRST)} ${pick(LAST)}`,
    pseudonym: `K-${String(i + 1).padStart(4, '0')}`,
    tags: random() < 0.3 ? [pick(['angst', 'sorg', 'par', 'traume', 'søvn'])] : [],
  }));
}

const LANGUAGES: CorpusLanguage[] = ['da', 'nb', 'sv', 'en'];

/** Notes spread over the clients, oldest first, each of about `words` words in a few paragraphs. */
export function* generateNotes(count: number, clients: number, words = 300, seed = 11): Generator<GeneratedNote> {
  const random = rng(seed);
  const sentences = loadSentences();
  const start = Date.parse('2016-01-04T09:00:00Z');
  const span = Date.parse('2026-11-01T09:00:00Z') - start;
  for (let i = 0; i < count; i++) {
    const language = LANGUAGES[Math.floor(random() * LANGUAGES.length)] as CorpusLanguage;
    const pool = sentences[language];
    const paragraphs: string[] = [];
    let paragraph: string[] = [];
    let n = 0;
    while (n < words) {
      const sentence = pool[Math.floor(random() * pool.length)] as string;
      paragraph.push(sentence);
      n += sentence.split(' ').length;
      if (paragraph.length >= 4) {
        paragraphs.push(paragraph.join(' '));
        paragraph = [];
      }
    }
    if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
    yield {
      clientIndex: Math.floor(random() * clients),
      language,
      startsAt: new Date(start + Math.floor((span * i) / count)).toISOString(),
      doc: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
    };
  }
}
