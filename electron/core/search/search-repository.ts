import type { SearchKind } from '@shared/api/search';
import type { Db } from '../vault/sqlcipher';
import { FTS_TABLES } from './search-schema';

export interface Filters {
  clientId: string | null;
  from: string | null;
  /** Exclusive: the day after the last day asked for. */
  until: string | null;
}

export interface RankedRow {
  seq: number;
  rank: number;
  id: string;
  client_id: string;
  session_id: string | null;
  date: string;
}

/**
 * Ranking reads every match's term statistics; for a word in most notes that is the slow part.
 * Only the most recent matches (by insertion) are ranked, which keeps the best recent notes on
 * top and the cost flat however common the word. The total still counts every match.
 */
export const RANK_WINDOW = 2_000;

const SNIPPET_TOKENS = 24;

interface KindSql {
  fts: string;
  /** Joins the content table as `x` and names id, client_id, session_id and date. */
  join: string;
  columns: string;
  live: string;
  weights: string;
  snippetColumn: number;
}

const KINDS: Record<SearchKind, KindSql> = {
  note: {
    fts: 'notes_fts',
    join: 'JOIN sessions x ON x.seq = f.rowid',
    columns: 'x.id, x.client_id, x.id AS session_id, x.starts_at AS date',
    live: 'x.deleted_at IS NULL',
    weights: '',
    snippetColumn: 0,
  },
  addendum: {
    fts: 'addenda_fts',
    join: 'JOIN addenda x ON x.seq = f.rowid JOIN sessions p ON p.id = x.session_id',
    columns: 'x.id, p.client_id, p.id AS session_id, x.created_at AS date',
    live: 'p.deleted_at IS NULL',
    weights: '',
    snippetColumn: 0,
  },
  client: {
    fts: 'clients_fts',
    join: 'JOIN clients x ON x.seq = f.rowid',
    columns: 'x.id, x.id AS client_id, NULL AS session_id, x.created_at AS date',
    live: '1',
    // Name and code weigh alike; a client hit is boosted over notes in the service.
    weights: ', 1.0, 1.0',
    snippetColumn: -1,
  },
};

const FILTER_SQL = `
  AND (@clientId IS NULL OR client_id = @clientId)
  AND (@from IS NULL OR date >= @from)
  AND (@until IS NULL OR date < @until)`;

export class SearchRepository {
  private readonly cache = new Map<string, ReturnType<Db['prepare']>>();

  constructor(private readonly db: Db) {}

  private stmt(key: string, sql: () => string) {
    let s = this.cache.get(key);
    if (!s) {
      s = this.db.prepare(sql());
      this.cache.set(key, s);
    }
    return s;
  }

  private matches(kind: SearchKind, excludeTier1: boolean): string {
    const k = KINDS[kind];
    const notTier1 = excludeTier1 ? `AND f.rowid NOT IN (SELECT rowid FROM ${k.fts} WHERE ${k.fts} MATCH @tier1)` : '';
    return `SELECT f.rowid AS seq, bm25(${k.fts}${k.weights}) AS rank, ${k.columns}
            FROM ${k.fts} f ${k.join}
            WHERE ${k.fts} MATCH @match AND ${k.live} ${notTier1}`;
  }

  count(kind: SearchKind, match: string, tier1: string | null, filters: Filters): number {
    const s = this.stmt(`count:${kind}:${tier1 !== null}`, () => `SELECT count(*) FROM (${this.matches(kind, tier1 !== null)}) WHERE 1 ${FILTER_SQL}`);
    return s.pluck().get({ match, tier1, ...filters }) as number;
  }

  /** The best `limit` matches among the most recent RANK_WINDOW, best first, newest first on ties. */
  top(kind: SearchKind, match: string, tier1: string | null, filters: Filters, limit: number): RankedRow[] {
    const s = this.stmt(
      `top:${kind}:${tier1 !== null}`,
      () => `SELECT * FROM (
               SELECT * FROM (${this.matches(kind, tier1 !== null)}) WHERE 1 ${FILTER_SQL}
               ORDER BY seq DESC LIMIT ${RANK_WINDOW}
             ) ORDER BY rank, date DESC LIMIT @limit`,
    );
    return s.all({ match, tier1, ...filters, limit }) as RankedRow[];
  }

  snippet(kind: SearchKind, match: string, seq: number, start: string, end: string): string {
    const k = KINDS[kind];
    if (k.snippetColumn < 0) {
      const s = this.stmt(`client-snippet`, () => `SELECT highlight(clients_fts, 0, @start, @end) || CASE WHEN x.pseudonym <> '' THEN ' · ' || highlight(clients_fts, 1, @start, @end) ELSE '' END FROM clients_fts JOIN clients x ON x.seq = clients_fts.rowid WHERE clients_fts MATCH @match AND clients_fts.rowid = @seq`);
      return (s.pluck().get({ match, seq, start, end }) as string | undefined) ?? '';
    }
    const s = this.stmt(
      `snippet:${kind}`,
      () => `SELECT snippet(${k.fts}, ${k.snippetColumn}, @start, @end, '…', ${SNIPPET_TOKENS}) FROM ${k.fts} WHERE ${k.fts} MATCH @match AND rowid = @seq`,
    );
    return (s.pluck().get({ match, seq, start, end }) as string | undefined) ?? '';
  }

  rebuild(): string[] {
    for (const table of FTS_TABLES) this.db.prepare(`INSERT INTO ${table} (${table}) VALUES ('rebuild')`).run();
    return [...FTS_TABLES];
  }

  /** FTS5's own check of each index against its content table. */
  check(): string[] {
    const problems: string[] = [];
    for (const table of FTS_TABLES) {
      try {
        this.db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
      } catch (err) {
        problems.push(`${table}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return problems;
  }
}
