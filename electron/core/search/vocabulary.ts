import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../vault/sqlcipher';
import { compoundFragment } from '@shared/search/nordic-stem';
import { tokenize } from './tokens';

/** Reads in the background before a search reads the word list here (a note saved during each). */
const PRELOAD_ATTEMPTS = 3;
/** Compound expansions per query word; the most frequent first. */
const MAX_EXPANSIONS = 40;
/**
 * A prefix with at most this many words is searched as those words: FTS5 answers an OR of words
 * two to four times faster than the same prefix query (which merges every matching word's list
 * up front). Broader or two-letter prefixes use FTS5's prefix search and its prefix index.
 */
const MAX_PREFIX_WORDS = 64;
const MIN_PREFIX_TO_LIST = 3;

/** Every indexed word with the number of texts it is in (notes, addenda, clients, formulations, hypotheses). */
const VOCABULARY_SQL = `
  SELECT term, sum(doc) FROM (
    SELECT term, doc FROM notes_vocab
    UNION ALL SELECT term, doc FROM addenda_vocab
    UNION ALL SELECT term, doc FROM clients_vocab
    UNION ALL SELECT term, doc FROM formulations_vocab
    UNION ALL SELECT term, doc FROM hypotheses_vocab
  ) GROUP BY term`;

/** Every word in one string, so a fragment is found by the engine's string search, not a call per word. */
interface Haystack {
  /** The words, each after a newline (which no word holds), and a newline at the end. */
  text: string;
  words: string[];
  /** Where each word starts in text. */
  starts: Int32Array;
}

function haystackOf(words: string[]): Haystack {
  const starts = new Int32Array(words.length);
  let at = 1;
  words.forEach((word, i) => {
    starts[i] = at;
    at += word.length + 1;
  });
  return { text: `\n${words.join('\n')}\n`, words, starts };
}

/** The word of the haystack that the text position falls in. */
function wordAt(h: Haystack, position: number): number {
  let lo = 0;
  let hi = h.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((h.starts[mid] as number) <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The words of the haystack `pattern` occurs in, each once, in haystack order. */
function* wordsHolding(h: Haystack, pattern: string, offset = 0): Generator<string> {
  let from = 0;
  for (;;) {
    const found = h.text.indexOf(pattern, from);
    if (found === -1) return;
    const i = wordAt(h, found + offset);
    const word = h.words[i] as string;
    yield word;
    from = (h.starts[i] as number) + word.length;
  }
}

/**
 * Every word in the note, addendum and client indexes, held in memory while the vault is open, so a
 * query word can be found inside longer (compound) words without a trigram index, whose size
 * would be several times the text's. New words are added as notes are saved; a word no longer
 * in any note only costs an expansion that matches nothing.
 */
export class Vocabulary {
  private terms: Map<string, number> | undefined;
  /** Counts the texts written, so a copy read elsewhere can tell whether it missed one. */
  private writes = 0;
  private loading: Promise<void> | undefined;
  /** The words as read, for fragment search; words written since are in `added`. */
  private haystack: Haystack | undefined;
  private added: string[] = [];

  constructor(private readonly db: Db) {}

  private load(): Map<string, number> {
    if (!this.terms) {
      this.terms = new Map(this.db.prepare(VOCABULARY_SQL).raw().all() as Array<[string, number]>);
    }
    return this.terms;
  }

  /** Called with every text written to the index. */
  add(text: string): void {
    this.writes++;
    if (!this.terms) return;
    for (const word of tokenize(text)) {
      if (this.terms.has(word)) continue;
      this.terms.set(word, 1);
      if (this.haystack) this.added.push(word);
    }
  }

  /**
   * Reading the vocabulary scans the whole index (about half a second at 100,000 notes), so a
   * large vault reads it on the reader thread right after unlock: `loadWith` runs VOCABULARY_SQL
   * there, or answers undefined if it cannot. The copy is used unless a text was written
   * meanwhile (then it is read there again, a few times at most) or a search already loaded it here. Searches meanwhile find whole words only
   * (`isLoading`), or wait for it (`whenLoaded`), instead of holding the main thread for the same read.
   */
  preload(loadWith: (sql: string) => Promise<unknown[][] | undefined>, attempts = PRELOAD_ATTEMPTS): Promise<void> {
    if (this.terms) return Promise.resolve();
    const writesBefore = this.writes;
    const loading: Promise<void> = loadWith(VOCABULARY_SQL)
      .then((rows) => {
        if (!rows || this.terms) return;
        if (this.writes === writesBefore) {
          this.terms = new Map(rows as Array<[string, number]>);
          this.searchable();
          return;
        }
        // A note was saved meanwhile: read again there rather than hold this thread for it.
        if (attempts > 1) {
          this.loading = undefined;
          return this.preload(loadWith, attempts - 1);
        }
      })
      .finally(() => {
        if (this.loading === loading) this.loading = undefined;
      });
    this.loading = loading;
    return loading;
  }

  /** A read started by preload is still going: a search that cannot wait answers without compounds. */
  isLoading(): boolean {
    return this.loading !== undefined && this.terms === undefined;
  }

  /** Resolves once a read started by preload has ended, however it ended. */
  async whenLoaded(): Promise<void> {
    await this.loading?.catch(() => undefined);
  }

  /** notesHoldingNow's statements, prepared at its first call. */
  private byTerm: Statement<[string], number> | undefined;
  private fromTerm: Statement<[string], { term: string; doc: number }> | undefined;

  /**
   * How many notes hold the words, read from the index itself (fts5vocab seeks each term), for
   * while the word list is still being read. Stops once past `cap`: enough to know bm25 would
   * cost too much.
   */
  notesHoldingNow(words: readonly string[], prefixes: readonly string[], cap: number): number {
    let docs = 0;
    this.byTerm ??= this.db.prepare<[string], number>('SELECT doc FROM notes_vocab WHERE term = ?').pluck();
    this.fromTerm ??= this.db.prepare<[string], { term: string; doc: number }>(
      'SELECT term, doc FROM notes_vocab WHERE term >= ?',
    );
    for (const word of words) {
      docs += this.byTerm.get(word) ?? 0;
      if (docs > cap) return docs;
    }
    for (const prefix of prefixes) {
      for (const { term, doc } of this.fromTerm.iterate(prefix)) {
        if (!term.startsWith(prefix)) break;
        docs += doc;
        if (docs > cap) return docs;
      }
    }
    return docs;
  }

  /** How many texts hold the word (0 for a word in none). */
  docsOf(word: string): number {
    return this.load().get(word) ?? 0;
  }

  /** How many texts hold each word that starts with prefix, summed. */
  docsStartingWith(prefix: string): number {
    const terms = this.load();
    let docs = 0;
    for (const word of wordsHolding(this.searchable(), `\n${prefix}`, 1)) docs += terms.get(word) ?? 0;
    for (const word of this.added) if (word.startsWith(prefix)) docs += terms.get(word) ?? 0;
    return docs;
  }

  /** The haystack of the words read, built once (a fraction of the time reading them took). */
  private searchable(): Haystack {
    if (!this.haystack) {
      this.haystack = haystackOf([...this.load().keys()]);
      this.added = [];
    }
    return this.haystack;
  }

  /** Every indexed word that starts with prefix, or undefined when FTS5's own prefix search is better. */
  wordsStartingWith(prefix: string): string[] | undefined {
    if (prefix.length < MIN_PREFIX_TO_LIST) return undefined;
    const words: string[] = [];
    for (const word of wordsHolding(this.searchable(), `\n${prefix}`, 1)) {
      if (words.length === MAX_PREFIX_WORDS) return undefined;
      words.push(word);
    }
    for (const word of this.added) {
      if (!word.startsWith(prefix)) continue;
      if (words.length === MAX_PREFIX_WORDS) return undefined;
      words.push(word);
    }
    return words;
  }

  /**
   * The other words that contain the word's stem: compounds and inflections, and the stem itself
   * as a word ("terapeuten" finds "terapeut", as its hits highlight it).
   */
  compoundsOf(word: string): string[] {
    const fragment = compoundFragment(word);
    if (!fragment) return [];
    const h = this.searchable();
    const terms = this.load();
    const found: Array<[string, number]> = [];
    for (const term of [...wordsHolding(h, fragment), ...this.added.filter((w) => w.includes(fragment))]) {
      if (term !== word) found.push([term, terms.get(term) ?? 1]);
    }
    return found
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_EXPANSIONS)
      .map(([term]) => term);
  }
}
