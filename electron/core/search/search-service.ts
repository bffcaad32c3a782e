import { HIT_END, HIT_START, SEARCH_KINDS, type SearchHit, type SearchKind } from '@shared/api/search';
import type { ParsedInput } from '@shared/api/contract';
import type { Repositories } from '../repositories';
import { parseQuery, queryWords, toFtsQuery } from './query-parser';
import type { Filters, RankedRow } from './search-repository';

const DEFAULT_LIMIT = 20;
/** Whole-word hits always rank above hits inside compound words. */
const TIER1_BASE = 1_000_000;
/** A client whose name or code matches is what the clinician most likely looks for. */
const CLIENT_BOOST = 2;

const nextDay = (isoDate: string): string => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

interface Candidate {
  kind: SearchKind;
  tier: 1 | 2;
  match: string;
  row: RankedRow;
  score: number;
}

export class SearchService {
  constructor(private readonly repos: () => Repositories) {}

  query(input: ParsedInput<'search.query'>): { total: number; hits: SearchHit[] } {
    const parsed = parseQuery(input.q);
    const { search, vocabulary } = this.repos();
    const tier1 = toFtsQuery(parsed);
    if (!tier1) return { total: 0, hits: [] };
    const expanded = toFtsQuery(parsed, (word) => vocabulary.compoundsOf(word));
    const tier2 = expanded !== tier1 ? expanded : undefined;

    const filters: Filters = {
      clientId: input.clientId ?? null,
      from: input.from ?? null,
      until: input.to ? nextDay(input.to) : null,
    };
    const limit = input.limit ?? DEFAULT_LIMIT;
    const offset = input.offset ?? 0;
    const kinds = input.kinds ?? [...SEARCH_KINDS];

    let total = 0;
    const candidates: Candidate[] = [];
    for (const kind of kinds) {
      total += search.count(kind, tier1, null, filters);
      for (const row of search.top(kind, tier1, null, filters, offset + limit)) {
        candidates.push({ kind, tier: 1, match: tier1, row, score: this.score(kind, 1, row.rank) });
      }
      if (!tier2) continue;
      total += search.count(kind, tier2, tier1, filters);
      for (const row of search.top(kind, tier2, tier1, filters, offset + limit)) {
        candidates.push({ kind, tier: 2, match: tier2, row, score: this.score(kind, 2, row.rank) });
      }
    }

    candidates.sort((a, b) => b.score - a.score || b.row.date.localeCompare(a.row.date));
    const terms = queryWords(parsed);
    const hits = candidates.slice(offset, offset + limit).map(
      (c): SearchHit => ({
        kind: c.kind,
        id: c.row.id,
        clientId: c.row.client_id,
        ...(c.row.session_id ? { sessionId: c.row.session_id } : {}),
        date: c.row.date,
        snippet: search.snippet(c.kind, c.match, c.row.seq, HIT_START, HIT_END),
        score: c.score,
        terms,
      }),
    );
    return { total, hits };
  }

  /** bm25 is negative, better when lower; a score here is positive, better when higher. */
  private score(kind: SearchKind, tier: 1 | 2, rank: number): number {
    const relevance = Math.min(-rank, TIER1_BASE - 1) * (kind === 'client' ? CLIENT_BOOST : 1);
    return (tier === 1 ? TIER1_BASE : 0) + relevance;
  }

  rebuild(): { rebuilt: string[] } {
    const { search, transaction } = this.repos();
    return { rebuilt: transaction(() => search.rebuild()) };
  }

  check(): { ok: boolean; problems: string[] } {
    const problems = this.repos().search.check();
    return { ok: problems.length === 0, problems };
  }
}
