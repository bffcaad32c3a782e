import { SEARCH_KINDS, type SearchHit, type SearchKind } from '@shared/api/search';
import type { MethodOutput, ParsedInput } from '@shared/api/contract';
import type { FormulationSection } from '@shared/clinical/formulation-sections';
import type { Job } from '../jobs/job-runner';
import type { ReaderThread } from '../vault/reader-thread';
import { parseQuery, queryWords, toFtsQuery, type ParsedQuery } from './query-parser';
import {
  roundEstimate,
  type CountedTotal,
  type Filters,
  type RankedRow,
  type ScanRow,
  type SearchRepository,
} from './search-repository';
import type { Vocabulary } from './vocabulary';
import { matcherFor, snippetOf } from './snippet';

type SearchResult = MethodOutput<'search.query'>;

const DEFAULT_LIMIT = 20;
/** Whole-word hits always rank above hits inside compound words. */
const TIER1_BASE = 1_000_000;
/** A client whose name or code matches is what the clinician most likely looks for. */
const CLIENT_BOOST = 2;

/**
 * A word FTS5's tokenizer surely reads as one token. It splits some words of other scripts where
 * ours does not (Hebrew points, say); to the position-free index those would be phrases.
 */
const ONE_TOKEN = /^[\p{Script=Latin}0-9]+$/u;

const nextDay = (isoDate: string): string => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

interface Candidate {
  kind: SearchKind;
  row: RankedRow;
  score: number;
}

/** bm25 is negative, better when lower; a score here is positive, better when higher. */
function score(kind: SearchKind, tier: 1 | 2, rank: number): number {
  const relevance = Math.min(-rank, TIER1_BASE / 10) * (kind === 'client' ? CLIENT_BOOST : 1);
  return (tier === 1 ? TIER1_BASE : 0) + relevance;
}

/**
 * bm25 weighs each word of a query by how many texts hold it, and FTS5 finds that out by reading
 * every one of them (about 45 ns each here) before the first row is ranked. Past this many, a
 * page is the newest matches instead (whole words still above compounds), so a search for words
 * in most of a large vault stays as fast as one for rare words.
 */
export const RANK_BUDGET = 150_000;

/** The words bm25 weighs in a query: every word (phrases' too), the single ones, and the prefixes. */
function weighedTerms(parsed: ParsedQuery): { words: string[]; singles: string[]; prefixes: string[] } {
  const words: string[] = [];
  const singles: string[] = [];
  const prefixes: string[] = [];
  for (const term of [...parsed.units.flat(), ...parsed.excluded]) {
    if (term.kind === 'phrase') words.push(...term.words);
    else if (term.kind === 'prefix') prefixes.push(term.text);
    else {
      words.push(term.text);
      singles.push(term.text);
    }
  }
  return { words, singles, prefixes };
}

/** The texts bm25 would read to weigh the query's words; compounds adds each single word's alternatives. */
function rankingCost(parsed: ParsedQuery, vocabulary: Vocabulary, compounds: boolean): number {
  const { words, singles, prefixes } = weighedTerms(parsed);
  let docs = 0;
  for (const word of words) docs += vocabulary.docsOf(word);
  for (const p of prefixes) docs += vocabulary.docsStartingWith(p);
  if (compounds)
    for (const word of singles) for (const other of vocabulary.compoundsOf(word)) docs += vocabulary.docsOf(other);
  return docs;
}

/**
 * rankingCost for whole words while the word list is still being read: the notes holding each
 * word, from the index, enough to tell whether bm25 stays within its budget.
 */
function pendingRankingCost(parsed: ParsedQuery, vocabulary: Vocabulary, cap: number): number {
  const { words, prefixes } = weighedTerms(parsed);
  return vocabulary.notesHoldingNow(words, prefixes, cap);
}

const byScore = (a: Candidate, b: Candidate) => b.score - a.score || b.row.date.localeCompare(a.row.date);

/** The search area's own objects over one open vault. */
export interface SearchStore {
  search: SearchRepository;
  vocabulary: Vocabulary;
  transaction: <T>(fn: () => T) => T;
}

export class SearchService {
  constructor(
    private readonly repos: () => SearchStore,
    /** A client's name and code, shown with each hit (from the clients area). */
    private readonly clientNames: (clientId: string) => { name: string; pseudonym: string },
    private readonly reader?: ReaderThread,
    private readonly rankBudget = RANK_BUDGET,
  ) {}

  /** Told of every text written, so compound-word search knows its words at once. */
  learn(text: string): void {
    this.repos().vocabulary.add(text);
  }

  async query(input: ParsedInput<'search.query'>): Promise<SearchResult> {
    const parsed = parseQuery(input.q);
    // Right after unlock the reader thread is still reading the vocabulary: a search made then
    // answers with whole words at once (compounds rank below them, so they only ever add to the
    // end). An exact total waits for it. The vault may be locked meanwhile, so the repositories
    // are fetched after the wait.
    if (input.exactTotal) await this.repos().vocabulary.whenLoaded();
    const { search, vocabulary } = this.repos();
    const compoundsPending = vocabulary.isLoading();
    // Both queries below list the same prefixes: scan the vocabulary once per prefix.
    const prefixWords = new Map<string, string[] | undefined>();
    const prefix = (p: string) => {
      if (compoundsPending) return undefined;
      if (!prefixWords.has(p)) prefixWords.set(p, vocabulary.wordsStartingWith(p));
      return prefixWords.get(p);
    };
    const whole = toFtsQuery(parsed, { prefix });
    if (!whole) return { total: 0, totalApproximate: false, compoundsPending: false, hits: [] };
    // The same query with each word's compounds as alternatives: a superset of the whole-word one.
    const expanded = compoundsPending
      ? whole
      : toFtsQuery(parsed, { prefix, compounds: (word) => vocabulary.compoundsOf(word) });
    const withCompounds = expanded !== whole ? expanded : undefined;

    const filters: Filters = {
      clientId: input.clientId ?? null,
      from: input.from ?? null,
      until: input.to ? nextDay(input.to) : null,
    };
    const limit = input.limit ?? DEFAULT_LIMIT;
    const offset = input.offset ?? 0;
    const want = offset + limit;
    const kinds = input.kinds ?? [...SEARCH_KINDS];

    const needsPositions = [...parsed.units.flat(), ...parsed.excluded].some(
      (t) => t.kind === 'phrase' || !ONE_TOKEN.test(t.text) || (t.kind === 'prefix' && prefix(t.text) === undefined),
    );
    const countQuery = withCompounds ?? whole;
    // An exact total of a broad query is the slow part: the reader thread counts while this one ranks.
    const exact = input.exactTotal
      ? kinds.map((kind) => search.countStatement(kind, countQuery, filters, needsPositions))
      : undefined;
    const counting = exact && this.reader?.sum(exact);
    // A failed count on the reader (it was stopped, say) is done again here.
    counting?.catch(() => undefined);
    // Otherwise the reader scans the first note matches meanwhile, once it has read the vocabulary.
    const scanning =
      !exact && !compoundsPending && kinds.includes('note')
        ? this.reader?.rows(search.countUpToStatement('note', countQuery, filters, needsPositions))
        : undefined;
    scanning?.catch(() => undefined);

    // While the word list is read its counts come from the index itself, one seek per word.
    const rankWhole = compoundsPending
      ? pendingRankingCost(parsed, vocabulary, this.rankBudget) <= this.rankBudget
      : rankingCost(parsed, vocabulary, false) <= this.rankBudget;
    let wholeComplete = true;
    const found: Candidate[] = [];
    for (const kind of kinds) {
      const rows = search.top(kind, whole, null, filters, want, rankWhole, needsPositions);
      if (rows.length === want) wholeComplete = false;
      for (const row of rows) found.push({ kind, row, score: score(kind, 1, row.rank) });
    }
    // Compound hits rank below every whole-word hit: look for them only when the page reaches past those.
    if (withCompounds && wholeComplete && found.length < want) {
      const ranked = rankingCost(parsed, vocabulary, true) <= this.rankBudget;
      for (const kind of kinds) {
        for (const row of search.top(
          kind,
          withCompounds,
          whole,
          filters,
          want - found.length,
          ranked,
          needsPositions,
        )) {
          found.push({ kind, row, score: score(kind, 2, row.rank) });
        }
      }
    }
    found.sort(byScore);

    const terms = queryWords(parsed);
    const matches = matcherFor(parsed);
    const hits = found.slice(offset, want).map((c): SearchHit => {
      const client = this.clientNames(c.row.client_id);
      return {
        kind: c.kind,
        id: c.row.id,
        clientId: c.row.client_id,
        clientName: client.name,
        clientPseudonym: client.pseudonym,
        ...(c.row.session_id ? { sessionId: c.row.session_id } : {}),
        ...(c.kind === 'formulation' && c.row.section
          ? { formulationSection: c.row.section as FormulationSection }
          : {}),
        date: c.row.date,
        snippet: snippetOf(search.text(c.kind, c.row.seq), matches),
        score: c.score,
        terms,
      };
    });
    let counted: CountedTotal;
    if (exact) {
      const total = counting ? await counting.catch(() => this.repos().search.sum(exact)) : search.sum(exact);
      counted = { total, approximate: false };
    } else {
      counted = { total: 0, approximate: compoundsPending };
      const scanned = scanning && (await scanning.then((rows) => rows[0] as ScanRow).catch(() => undefined));
      const repo = this.repos().search;
      for (const kind of kinds) {
        const part =
          kind === 'note' && scanned
            ? repo.totalFrom(kind, scanned)
            : repo.countUpTo(kind, countQuery, filters, needsPositions);
        counted = { total: counted.total + part.total, approximate: counted.approximate || part.approximate };
      }
    }
    const total = counted.approximate ? Math.max(roundEstimate(counted.total), offset + hits.length) : counted.total;
    return { total, totalApproximate: counted.approximate, compoundsPending, hits };
  }

  async rebuild(job: Job): Promise<{ rebuilt: string[] }> {
    return { rebuilt: await this.repos().search.rebuild(job) };
  }

  check(): { ok: boolean; problems: string[] } {
    const problems = this.repos().search.check();
    return { ok: problems.length === 0, problems };
  }
}
