import type { NoteDoc } from '../../shared/notes/doc-schema';
import { rng, type GeneratedNote } from '../demo/corpus-generator';

/**
 * The second benchmark corpus, built unlike the first (sentences of the texts in resources/corpus,
 * notes of about 300 words): single words drawn at random from a Nordic clinical vocabulary on a
 * Zipf curve, so the commonest clinical words sit in most notes, with a long tail of rare words
 * and notes of very different lengths (half of them a few lines, a few of them thousands of
 * words). Fictional text: no sentence is about anyone.
 */

/** Norwegian, Danish and Swedish function words, commonest first. */
const FUNCTION_WORDS = (
  'og i er det som på med at en et til av for har hun han ikke var om de seg men så kan vi jeg når den fra også ' +
  'eller etter mer och att är inte hon af meget hende der skal blev vil noe mye litt godt nå da hvor hva hvordan ' +
  'sin sitt sine hans hennes dem oss du dere mot under over uten mellom mens fordi hvis selv bare alltid aldri'
).split(' ');

/** Words pinned at a rank of the clinical curve, so the benchmark's queries have known frequencies. */
const PINNED: Array<[word: string, rank: number]> = [
  ['terapeuten', 0],
  ['pasienten', 2],
  ['terapeut', 4],
  ['tilknytning', 9],
  ['allianse', 19],
  ['reparasjon', 59],
  ['mønster', 149],
];

/** Stems and heads of compound words (tilknytnings + mønster), and simple words. */
const STEMS = (
  'tilknytning allianse relasjon følelse angst skam sorg traume kropp familie barndom mestring ' +
  'samspill atferd tanke minne søvn arbeid affekt tillit kontakt grense konflikt mentalisering ' +
  'regulering symptom behandling terapi samtale anknytning känsla ångest tilknytnings'
).split(' ');
const HEADS = (
  'mønster mønstre mønsteret brudd bruddet forsøk arbeid regulering opplevelse historie tema ' +
  'strategi reaksjon problem fokus uro vansker plan mål rolle stil system erfaring'
).split(' ');
const SIMPLE = (
  'terapeutisk terapeutiske terapeuter terapeutens pasient pasienter pasientens klient klienten klienter ' +
  'alliansen alliansebrudd arbeidsallianse terapiallianse reparasjonen reparasjonsforsøk tilknytningen ' +
  'trygg utrygg unngående ambivalent desorganisert sikker beskyttelse omsorg omsorgsperson mor far ' +
  'søster bror partner ektefelle barn kollega leder venn mentalisere validere speile avgrense utforske ' +
  'motstand overføring motoverføring forsvar skyld sinne tristhet glede frykt lettelse ensomhet ' +
  'depresjon depressiv panikk panikkangst unngåelse grubling bekymring selvbilde selvfølelse ' +
  'kroppslig pust spenning hodepine søvnløshet utmattelse konsentrasjon hukommelse hjemmeoppgave ' +
  'eksponering kartlegging formulering hypotese evaluering avslutning oppstart timen timer økten ' +
  'samtalen tema temaer uke måned hjemme jobb skole barnehage ferie helg morgen kveld natt ' +
  'behandlingen behandleren behandlingsplan henvisning fastlege psykiater sykemelding ' +
  'anknytningen anknytningsmönster terapeutisk allians behandlingen känslor ångesten samtalet ' +
  'tilknytningen følelsen følelsene følelsesregulering affektregulering affektbevissthet'
).split(' ');

const SYLLABLES =
  'ba be bo bu da de di do fa fe fi fo ga ge gi go ha he hi ka ke ki ko la le li lo ma me mi mo na ne ni no pa pe pi ra re ri ro sa se si so ta te ti to va ve vi vo ska ste sto gre bro fjo kvi'.split(
    ' ',
  );
const ENDINGS = ['', 'en', 'er', 'et', 'ene', 'ens', 'ing', 'het', 'lig', 'sk'];

const PHRASES = ['trygg tilknytning', 'utrygg tilknytning', 'trygg base', 'brudd i alliansen', 'reparasjon av bruddet'];

/** The clinical words in curve order: pinned words at their ranks, the rest shuffled around them. */
function clinicalWords(random: () => number): string[] {
  const compounds = STEMS.flatMap((s) => HEADS.map((h) => (s.endsWith('s') || h.length < 4 ? s + h : `${s}s${h}`)));
  const inflected = [...STEMS, ...HEADS].flatMap((w) => [w, `${w}en`, `${w}er`, `${w}ene`]);
  const pinned = new Set(PINNED.map(([w]) => w));
  const pool = [...new Set([...SIMPLE, ...inflected, ...compounds])].filter((w) => !pinned.has(w));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  for (const [word, rank] of PINNED) pool.splice(rank, 0, word);
  return pool;
}

/** Rare made-up words, as names of places, medicines and misspellings are in real notes. */
function longTail(count: number, random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w + (ENDINGS[Math.floor(random() * ENDINGS.length)] as string));
  }
  return [...words];
}

/** Draws from words with Zipf weights 1 / (rank + 1)^s. */
function zipf(words: string[], s: number, random: () => number): () => string {
  const cumulative: number[] = [];
  let sum = 0;
  for (let r = 0; r < words.length; r++) cumulative.push((sum += 1 / (r + 1) ** s));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] as string;
  };
}

/** Half the notes a few lines, most a page, some long, a few of thousands of words. */
function noteLength(random: () => number): number {
  const x = random();
  const between = (a: number, b: number) => a + Math.floor(random() * (b - a));
  if (x < 0.5) return between(8, 60);
  if (x < 0.9) return between(100, 400);
  if (x < 0.98) return between(600, 1500);
  return between(3000, 8000);
}

/** `count` notes of the clinical vocabulary over `clients` clients, oldest first; the same for the same seed. */
export function* generateNordicNotes(count: number, clients: number, seed = 23): Generator<GeneratedNote> {
  const random = rng(seed);
  const clinical = zipf(clinicalWords(random), 0.8, random);
  const functional = zipf(FUNCTION_WORDS, 1.1, random);
  const rare = longTail(60_000, random);
  const word = () => {
    const x = random();
    if (x < 0.4) return functional();
    if (x < 0.96) return clinical();
    return rare[Math.floor(random() * rare.length)] as string;
  };
  const start = Date.parse('2016-01-04T09:00:00Z');
  const span = Date.parse('2026-11-01T09:00:00Z') - start;
  for (let i = 0; i < count; i++) {
    const length = noteLength(random);
    const paragraphs: string[] = [];
    let sentences: string[] = [];
    for (let n = 0; n < length;) {
      const words: string[] = [];
      const sentenceLength = 5 + Math.floor(random() * 10);
      for (let k = 0; k < sentenceLength; k++) words.push(word());
      if (random() < 0.05) words.splice(Math.floor(random() * words.length), 0, PHRASES[i % PHRASES.length] as string);
      n += words.length;
      const text = words.join(' ');
      sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
      if (sentences.length >= 3 + Math.floor(random() * 4)) {
        paragraphs.push(sentences.join(' '));
        sentences = [];
      }
    }
    if (sentences.length > 0) paragraphs.push(sentences.join(' '));
    const doc: NoteDoc = {
      type: 'doc',
      content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    };
    yield {
      clientIndex: Math.floor(random() * clients),
      language: 'nb',
      startsAt: new Date(start + Math.floor((span * i) / count)).toISOString(),
      doc,
    };
  }
}
