import type { Db } from '../vault/sqlcipher';
import { compoundFragment } from '@shared/search/nordic-stem';
import { tokenize } from './tokens';

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
    for (const word of tokenize(text)) if (!this.terms.has(word)) this.terms.set(word, 1);
  }

  /**
   * Reading the vocabulary scans the whole index (about half a second at 100,000 notes), so a
   * large vault reads it on the reader thread right after unlock: `loadWith` runs VOCABULARY_SQL
   * there, or answers undefined if it cannot. The copy is used unless a text was written
   * meanwhile (or a search already loaded it here). Searches wait for it (`whenLoaded`) instead
   * of holding the main thread for the same read.
   */
  preload(loadWith: (sql: string) => Promise<unknown[][] | undefined>): Promise<void> {
    if (this.terms) return Promise.resolve();
    const writesBefore = this.writes;
    const loading = loadWith(VOCABULARY_SQL)
      .then((rows) => {
        if (rows && !this.terms && this.writes === writesBefore) this.terms = new Map(rows as Array<[string, number]>);
      })
      .finally(() => {
        if (this.loading === loading) this.loading = undefined;
      });
    this.loading = loading;
    return loading;
  }

  /** Resolves once a read started by preload has ended, however it ended. */
  async whenLoaded(): Promise<void> {
    await this.loading?.catch(() => undefined);
  }

  /** Every indexed word that starts with prefix, or undefined when FTS5's own prefix search is better. */
  wordsStartingWith(prefix: string): string[] | undefined {
    if (prefix.length < MIN_PREFIX_TO_LIST) return undefined;
    const words: string[] = [];
    for (const term of this.load().keys()) {
      if (!term.startsWith(prefix)) continue;
      if (words.length === MAX_PREFIX_WORDS) return undefined;
      words.push(term);
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
    const found: Array<[string, number]> = [];
    for (const [term, docs] of this.load()) {
      if (term !== word && term.includes(fragment)) found.push([term, docs]);
    }
    return found
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_EXPANSIONS)
      .map(([term]) => term);
  }
}
