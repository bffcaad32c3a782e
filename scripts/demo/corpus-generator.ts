import { corpusSentences, type CorpusLanguage } from '../../resources/corpus';
import type { NoteDoc } from '../../shared/notes/doc-schema';

/**
 * Fictional clients and session notes, the same for the same seed: sentences of the texts in
 * resources/corpus (Danish, Norwegian, Swedish and English, written for Trygg). No real person appears.
 */
const FIRST = [
  'Astrid',
  'Bjørn',
  'Cecilie',
  'Dagfinn',
  'Elin',
  'Frode',
  'Gunnhild',
  'Halvor',
  'Ingrid',
  'Jens',
  'Karin',
  'Leif',
  'Maja',
  'Nils',
  'Oda',
  'Per',
  'Ragnhild',
  'Sune',
  'Tove',
  'Ulf',
  'Vibeke',
  'Åsa',
  'Øystein',
  'Märta',
];
const LAST = [
  'Fjellvik',
  'Strandmo',
  'Lyngdal',
  'Bakkerud',
  'Solbråten',
  'Havnås',
  'Eikeli',
  'Moseby',
  'Nordhagen',
  'Vestrum',
  'Kvernberg',
  'Tjernsli',
  'Åsmundrud',
  'Östebro',
];

export type { CorpusLanguage };

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

export function loadSentences(): Record<CorpusLanguage, string[]> {
  return { da: corpusSentences('da'), sv: corpusSentences('sv'), nb: corpusSentences('nb'), en: corpusSentences('en') };
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
      doc: {
        type: 'doc',
        content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
      },
    };
  }
}
