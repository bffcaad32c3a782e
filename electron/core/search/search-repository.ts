import type { SearchKind } from '@shared/api/search';
import type { ReadStatement } from '../vault/reader-thread';
import type { Db } from '../vault/sqlcipher';
import type { Job } from '../jobs/job-runner';
import { INDEX_SOURCES, rebuildIndex, rowsToIndex } from './index-rebuild';

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
  /** The formulation section a formulation hit is in. */
  section?: string | null;
}

/**
 * Ranking reads every match's term statistics; for a word in most notes that is the slow part.
 * Only the most recent matches (by insertion) are ranked, which keeps the best recent notes on
 * top and the cost flat however common the word. The total still counts every match.
 */
export const RANK_WINDOW = 2_000;

/**
 * A search counts at most this many matches, the oldest first (FTS5 walks its lists forwards two
 * to three times faster than backwards). A query with more answers an estimate (flagged as
 * approximate) from how far into the index those matches reach, so no
 * query pays for counting every match of every compound alternative; the exact total is counted
 * only when asked for (`exactTotal`).
 */
export const COUNT_SCAN = 1_000;

/** What a count scan answers: matches seen, those that pass the filters, the newest seq seen. */
export type ScanRow = [scanned: number, passed: number, reached: number | null];

/** A total as far as it was counted. */
export interface CountedTotal {
  total: number;
  approximate: boolean;
}

interface KindSql {
  fts: string;
  /** Joins the content table as `x`; the columns name id, client_id, session_id and date. */
  join: string;
  columns: string;
  /** bm25 column weights, after the table name. */
  weights: string;
  /** Rows that are not deleted drafts. */
  live: string;
  /** Content-table rows that are deleted drafts, by seq, for the unfiltered count. */
  dead: string | null;
  text: string;
  /** The content table, whose seq range an estimate is taken over. */
  table: string;
}

const KINDS: Record<SearchKind, KindSql> = {
  note: {
    fts: 'notes_fts',
    join: 'JOIN sessions x ON x.seq = f.rowid',
    columns: 'x.id, x.client_id, x.id AS session_id, x.starts_at AS date',
    live: 'x.deleted_at IS NULL',
    // The client key matches once per note and must not move the ranking.
    weights: ', 1.0, 0.0',
    dead: 'SELECT seq FROM sessions WHERE deleted_at IS NOT NULL',
    text: 'SELECT note_text FROM sessions WHERE seq = ?',
    table: 'sessions',
  },
  addendum: {
    fts: 'addenda_fts',
    join: 'JOIN addenda x ON x.seq = f.rowid JOIN sessions p ON p.id = x.session_id',
    columns: 'x.id, p.client_id, p.id AS session_id, x.created_at AS date',
    live: 'p.deleted_at IS NULL',
    weights: '',
    dead: 'SELECT a.seq FROM addenda a JOIN sessions p ON p.id = a.session_id WHERE p.deleted_at IS NOT NULL',
    text: 'SELECT text FROM addenda WHERE seq = ?',
    table: 'addenda',
  },
  client: {
    fts: 'clients_fts',
    join: 'JOIN clients x ON x.seq = f.rowid',
    columns: 'x.id, x.id AS client_id, NULL AS session_id, x.created_at AS date',
    live: '1',
    weights: '',
    dead: null,
    text: "SELECT name || CASE WHEN pseudonym <> '' THEN ' · ' || pseudonym ELSE '' END FROM clients WHERE seq = ?",
    table: 'clients',
  },
  // A formulation is the client's: its id is the client's, and the hit names the section.
  formulation: {
    fts: 'formulations_fts',
    join: 'JOIN formulation_sections x ON x.seq = f.rowid',
    columns: 'x.client_id AS id, x.client_id, NULL AS session_id, x.updated_at AS date, x.section',
    live: '1',
    weights: '',
    dead: null,
    text: 'SELECT text FROM formulation_sections WHERE seq = ?',
    table: 'formulation_sections',
  },
  hypothesis: {
    fts: 'hypotheses_fts',
    join: 'JOIN hypotheses x ON x.seq = f.rowid',
    columns: "x.id, x.client_id, NULL AS session_id, x.date || 'T00:00:00.000Z' AS date",
    live: '1',
    weights: '',
    dead: null,
    text: 'SELECT rationale_text FROM hypotheses WHERE seq = ?',
    table: 'hypotheses',
  },
};

const FILTER_SQL = `
  AND (@clientId IS NULL OR client_id = @clientId)
  AND (@from IS NULL OR date >= @from)
  AND (@until IS NULL OR date < @until)`;

/**
 * The best notes without a date filter (a client filter is part of the match): the window and the
 * ranking come from the index alone, and only the notes shown are looked up in sessions.
 */
const topNotesSql = (exclude: boolean, ranked: boolean) => `
  SELECT w.seq, w.rank, x.id, x.client_id, x.id AS session_id, x.starts_at AS date
  FROM (
    SELECT * FROM (
      SELECT rowid AS seq, ${ranked ? `bm25(notes_fts${KINDS.note.weights})` : '0'} AS rank FROM notes_fts
      WHERE notes_fts MATCH @match AND rowid NOT IN (${KINDS.note.dead})
        ${exclude ? 'AND rowid NOT IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH @exclude)' : ''}
      ORDER BY rowid DESC LIMIT @window
    ) ORDER BY rank, seq DESC LIMIT @limit
  ) w JOIN sessions x ON x.seq = w.seq
  ORDER BY w.rank, date DESC`;

/**
 * The newest note matches, when they need not be ranked, from the position-free index: FTS5 walks
 * a word's list backwards there in a fraction of a millisecond, where in the positional index it
 * first reads the whole list (95 ms for a word in a million notes).
 */
const newestNotesSql = (exclude: boolean) => `
  SELECT w.seq, 0 AS rank, x.id, x.client_id, x.id AS session_id, x.starts_at AS date
  FROM (
    SELECT rowid AS seq FROM notes_docs
    WHERE notes_docs MATCH @match AND rowid NOT IN (${KINDS.note.dead})
      ${exclude ? 'AND rowid NOT IN (SELECT rowid FROM notes_docs WHERE notes_docs MATCH @exclude)' : ''}
    ORDER BY rowid DESC LIMIT @limit
  ) w JOIN sessions x ON x.seq = w.seq
  ORDER BY w.seq DESC`;

const unfiltered = (f: Filters) => f.clientId === null && f.from === null && f.until === null;

/** Two significant digits: an estimate says "about 37,000", not "about 37,186". */
export function roundEstimate(n: number): number {
  if (n < 100) return Math.round(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

export class SearchRepository {
  private readonly cache = new Map<string, ReturnType<Db['prepare']>>();

  constructor(
    private readonly db: Db,
    private readonly rankWindow = RANK_WINDOW,
    private readonly countScan = COUNT_SCAN,
  ) {}

  private stmt(key: string, sql: () => string) {
    let s = this.cache.get(key);
    if (!s) {
      s = this.db.prepare(sql());
      this.cache.set(key, s);
    }
    return s;
  }

  private matches(kind: SearchKind, excludeMatch: boolean, ranked = true): string {
    const k = KINDS[kind];
    const exclude = excludeMatch ? `AND f.rowid NOT IN (SELECT rowid FROM ${k.fts} WHERE ${k.fts} MATCH @exclude)` : '';
    return `SELECT f.rowid AS seq, ${ranked ? `bm25(${k.fts}${k.weights})` : '0'} AS rank, ${k.columns}
            FROM ${k.fts} f ${k.join}
            WHERE ${k.fts} MATCH @match AND ${k.live} ${exclude}`;
  }

  /**
   * The FTS query for a kind: the clinician's words search the note text only (never the
   * client_key column), and one client's notes are an intersection with that client's key.
   */
  private scoped(kind: SearchKind, match: string, filters: Filters): string {
    if (kind !== 'note') return match;
    const text = `note_text : (${match})`;
    return filters.clientId ? `${text} AND client_key : "k${filters.clientId.replace(/-/g, '')}"` : text;
  }

  /**
   * The statement that counts every match, less deleted drafts. Without filters the index counts
   * alone (no join per match), less the few deleted drafts that match; a note query that needs
   * no positions (no phrase, no FTS5 prefix) counts in the position-free index.
   */
  countStatement(kind: SearchKind, query: string, filters: Filters, needsPositions: boolean): ReadStatement {
    const k = KINDS[kind];
    if (!unfiltered(filters)) {
      return {
        sql: `SELECT count(*) FROM (${this.matches(kind, false)}) WHERE 1 ${FILTER_SQL}`,
        params: { match: this.scoped(kind, query, filters), ...filters },
      };
    }
    const docsOnly = kind === 'note' && !needsPositions;
    const fts = docsOnly ? 'notes_docs' : k.fts;
    const all = `SELECT count(*) FROM ${fts} WHERE ${fts} MATCH @match`;
    return {
      sql: k.dead
        ? `SELECT (${all}) - (SELECT count(*) FROM ${fts} WHERE ${fts} MATCH @match AND rowid IN (${k.dead}))`
        : all,
      params: { match: docsOnly ? query : this.scoped(kind, query, filters) },
    };
  }

  /**
   * Counts matches, oldest first, up to COUNT_SCAN; the total is exact when they are fewer.
   * Otherwise the matches that pass the filters are scaled by how much of the table's seq range the
   * scan reached (notes are written in about the order of their seq), which is near the truth for
   * a word spread over the years and never below what was counted.
   */
  countUpTo(kind: SearchKind, query: string, filters: Filters, needsPositions: boolean): CountedTotal {
    const { sql, params } = this.countUpToStatement(kind, query, filters, needsPositions);
    const row = this.stmt(`count-up-to:${sql}`, () => sql)
      .raw()
      .get(params) as ScanRow;
    return this.totalFrom(kind, row);
  }

  /** The scan countUpTo runs, for the reader thread: it answers one row, [scanned, passed, lowest]. */
  countUpToStatement(kind: SearchKind, query: string, filters: Filters, needsPositions: boolean): ReadStatement {
    const k = KINDS[kind];
    if (unfiltered(filters)) {
      const fts = kind === 'note' && !needsPositions ? 'notes_docs' : k.fts;
      return {
        sql: `SELECT count(*), count(*), max(seq) FROM (
                SELECT rowid AS seq FROM ${fts} WHERE ${fts} MATCH @match ${k.dead ? `AND rowid NOT IN (${k.dead})` : ''}
                ORDER BY rowid LIMIT @scan)`,
        params: { match: fts === 'notes_docs' ? query : this.scoped(kind, query, filters), scan: this.countScan },
      };
    }
    return {
      sql: `SELECT count(*), coalesce(sum(pass), 0), max(seq) FROM (
              SELECT seq, (1 ${FILTER_SQL}) AS pass FROM (${this.matches(kind, false, false)})
              ORDER BY seq LIMIT @scan)`,
      params: { match: this.scoped(kind, query, filters), ...filters, scan: this.countScan },
    };
  }

  /** The total a scan's row stands for: exact when the scan saw every match. */
  totalFrom(kind: SearchKind, [scanned, passed, reached]: ScanRow): CountedTotal {
    if (scanned < this.countScan || reached === null) return { total: passed, approximate: false };
    // Two lookups at the ends of the table (one query with min and max both would read every row).
    const table = KINDS[kind].table;
    const range = this.stmt(
      `range:${kind}`,
      () => `SELECT (SELECT min(seq) FROM ${table}) AS low, (SELECT max(seq) FROM ${table}) AS high`,
    ).get({}) as {
      low: number;
      high: number;
    };
    const share = (reached - range.low + 1) / (range.high - range.low + 1);
    return { total: Math.max(passed, Math.round(passed / share)), approximate: true };
  }

  /** Runs count statements on this connection. */
  sum(statements: ReadStatement[]): number {
    let total = 0;
    for (const { sql, params } of statements)
      total += this.stmt(sql, () => sql)
        .pluck()
        .get(params) as number;
    return total;
  }

  /**
   * The best `limit` matches among the most recent ones, best first, newest first on ties;
   * `exclude` leaves out what another query matches (the whole-word hits, when listing compounds).
   * Unranked, the newest matches: bm25 first reads every text holding each word of the query (to
   * weigh the words), which for words in most of a large vault costs more than the search may.
   */
  top(
    kind: SearchKind,
    query: string,
    except: string | null,
    filters: Filters,
    limit: number,
    ranked = true,
    needsPositions = true,
  ): RankedRow[] {
    if (kind === 'note' && !ranked && !needsPositions && unfiltered(filters)) {
      const params = { match: query, exclude: except, limit };
      return this.stmt(`newest-notes:${except !== null}`, () => newestNotesSql(except !== null)).all(
        params,
      ) as RankedRow[];
    }
    const match = this.scoped(kind, query, filters);
    const exclude = except === null ? null : this.scoped(kind, except, filters);
    const window = ranked ? Math.max(this.rankWindow, limit) : limit;
    const params = { match, exclude, ...filters, limit, window };
    if (kind === 'note' && filters.from === null && filters.until === null) {
      return this.stmt(`top-note-fast:${exclude !== null}:${ranked}`, () => topNotesSql(exclude !== null, ranked)).all(
        params,
      ) as RankedRow[];
    }
    const s = this.stmt(
      `top:${kind}:${exclude !== null}:${ranked}`,
      () => `SELECT * FROM (
               SELECT * FROM (${this.matches(kind, exclude !== null, ranked)}) WHERE 1 ${FILTER_SQL}
               ORDER BY seq DESC LIMIT @window
             ) ORDER BY rank, date DESC LIMIT @limit`,
    );
    return s.all(params) as RankedRow[];
  }

  text(kind: SearchKind, seq: number): string {
    return (
      (this.stmt(`text:${kind}`, () => KINDS[kind].text)
        .pluck()
        .get(seq) as string | undefined) ?? ''
    );
  }

  /** Rebuilds every index from the records, in slices, as a job (see index-rebuild.ts). */
  async rebuild(job: Job): Promise<string[]> {
    const total = rowsToIndex(this.db);
    let done = 0;
    for (const source of INDEX_SOURCES) {
      await rebuildIndex(this.db, source, job, (rows) => {
        done += rows;
        job.progress(Math.min(done, total), total, source.fts);
      });
    }
    // The new indexes are new tables: statements prepared over the old ones are dropped.
    this.cache.clear();
    return INDEX_SOURCES.map((s) => s.fts);
  }

  /** FTS5's own check of each index against its content table. */
  check(): string[] {
    const problems: string[] = [];
    for (const { fts: table } of INDEX_SOURCES) {
      try {
        this.db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
      } catch (err) {
        problems.push(`${table}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return problems;
  }
}
