import type { AuditEntry } from '@shared/api/audit';
import type { Db } from '../vault/sqlcipher';
import { CHAIN_START, REDACTED, entryHash, linkHash, type ChainRow } from './audit-chain';

type NewEntry = Omit<AuditEntry, 'id' | 'at' | 'actor'>;

interface Row {
  id: number;
  at: string;
  actor: string;
  action: AuditEntry['action'];
  entity: string;
  entity_id: string;
  client_id: string | null;
  detail: string;
}

/** Entries written before files were called documents (migration 6) still say "attachment". */
const entityOf = (stored: string): AuditEntry['entity'] =>
  stored === 'attachment' ? 'document' : (stored as AuditEntry['entity']);

const toEntry = (r: Row): AuditEntry => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  action: r.action,
  entity: entityOf(r.entity),
  entityId: r.entity_id,
  clientId: r.client_id,
  detail: r.detail,
});

/** How an imported client's creation entry names where it came from (see record/record-import.ts). */
export const IMPORTED_FROM = 'imported from ';

/** Entries that record a look at a record, not a change to it (they do not restart retention). */
const NOT_WRITES = "'read', 'search', 'export', 'print', 'redacted', 'erase'";

/** The newest entry about one record: through the audit_by_entity index (migration 12), never a scan. */
export const LATEST_FOR_SQL = 'SELECT * FROM audit_log WHERE entity_id = ? ORDER BY id DESC LIMIT 1';

/** Append-only: the table's triggers refuse updates and deletes. */
export class AuditRepository {
  private readonly insert;
  private readonly last;
  private readonly slice;
  private readonly byClient;
  private readonly all;
  private readonly countByClient;
  private readonly countAll;
  private readonly latestFor;
  private readonly everyForClient;
  private readonly importedFrom;
  private readonly clientRows;
  private readonly redact;
  private readonly writesByClient;
  private readonly lastWrite;
  private readonly erasureRows;

  constructor(
    db: Db,
    private readonly now: () => Date,
  ) {
    this.insert = db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, client_id, detail, prev_hash)
       VALUES (@at, @actor, @action, @entity, @entityId, @clientId, @detail, @prevHash)`,
    );
    this.last = db.prepare<[], ChainRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1');
    this.slice = db.prepare<[number, number, number], ChainRow>(
      'SELECT * FROM audit_log WHERE id > ? AND id <= ? ORDER BY id LIMIT ?',
    );
    this.byClient = db.prepare<[string, number, number], Row>(
      'SELECT * FROM audit_log WHERE client_id = ? ORDER BY id DESC LIMIT ? OFFSET ?',
    );
    this.all = db.prepare<[number, number], Row>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?');
    this.countByClient = db.prepare<[string], number>('SELECT count(*) FROM audit_log WHERE client_id = ?').pluck();
    this.countAll = db.prepare<[], number>('SELECT count(*) FROM audit_log').pluck();
    this.latestFor = db.prepare<[string], Row>(LATEST_FOR_SQL);
    this.everyForClient = db.prepare<[string], Row>('SELECT * FROM audit_log WHERE client_id = ? ORDER BY id');
    this.importedFrom = db
      .prepare<[string], number>(
        `SELECT 1 FROM audit_log WHERE entity = 'client' AND action = 'create' AND detail LIKE ? LIMIT 1`,
      )
      .pluck();
    this.clientRows = db.prepare<[string], ChainRow>('SELECT * FROM audit_log WHERE client_id = ? ORDER BY id');
    this.redact = db.prepare<{
      action: string;
      entity: string;
      entity_id: string;
      client_id: null;
      detail: string;
      at: string;
      sealed: string;
      id: number;
    }>(
      `UPDATE audit_log SET action = @action, entity = @entity, entity_id = @entity_id, client_id = @client_id,
         detail = @detail, at = @at, sealed_hash = @sealed WHERE id = @id`,
    );
    this.writesByClient = db.prepare<[], { client_id: string; at: string }>(
      `SELECT client_id, max(at) AS at FROM audit_log
       WHERE client_id IS NOT NULL AND action NOT IN (${NOT_WRITES}) GROUP BY client_id`,
    );
    this.lastWrite = db
      .prepare<[string], string | null>(
        `SELECT max(at) FROM audit_log WHERE client_id = ? AND action NOT IN (${NOT_WRITES})`,
      )
      .pluck();
    this.erasureRows = db.prepare<[], { at: string; detail: string }>(
      `SELECT at, detail FROM audit_log WHERE action = 'erase' AND entity = 'client' ORDER BY id DESC`,
    );
  }

  /**
   * Empties every entry about a client (a client's erasure: the caller holds the erasure gate,
   * see migration 11): each keeps its id, actor and link, says only "redacted" and keeps the
   * hash it had, so the chain still holds. Returns how many entries were redacted.
   */
  redactClient(clientId: string, at: string): number {
    let count = 0;
    for (const row of this.clientRows.all(clientId)) {
      this.redact.run({ ...REDACTED, at, sealed: entryHash(row), id: row.id });
      count++;
    }
    return count;
  }

  /** When each client's record was last written to (reads, prints, exports and searches aside). */
  lastWrites(): Map<string, string> {
    return new Map(this.writesByClient.all().map((r) => [r.client_id, r.at]));
  }

  lastWriteFor(clientId: string): string | undefined {
    return this.lastWrite.get(clientId) ?? undefined;
  }

  /** The erasures made in this vault, newest first. */
  erasures(): Array<{ at: string; detail: string }> {
    return this.erasureRows.all();
  }

  lastFor(entityId: string): AuditEntry | undefined {
    const row = this.latestFor.get(entityId);
    return row ? toEntry(row) : undefined;
  }

  record(entry: NewEntry): void {
    this.append({ ...entry, at: this.now().toISOString(), actor: 'clinician' });
  }

  /**
   * Appends an entry linked to the one before it (the newest is read each time, not kept: a
   * rolled-back transaction must not leave a link to an entry that was never written). Entries
   * from another vault's log (a record import) keep their own time and actor.
   */
  append(entry: Omit<AuditEntry, 'id'>): void {
    const last = this.last.get();
    this.insert.run({ ...entry, prevHash: last ? linkHash(last) : CHAIN_START });
  }

  /** The newest entry's id (0 for an empty log): where a check of the chain as it stands ends. */
  newestId(): number {
    return this.last.get()?.id ?? 0;
  }

  /** Up to `limit` entries after `afterId`, up to `upToId`, oldest first (a slice of the chain's walk). */
  chainSlice(afterId: number, upToId: number, limit: number): ChainRow[] {
    return this.slice.all(afterId, upToId, limit);
  }

  /** Every entry about a client, oldest first. */
  allFor(clientId: string): AuditEntry[] {
    return this.everyForClient.all(clientId).map(toEntry);
  }

  /** Whether a client's record with that id in its source vault was imported here before. */
  imported(sourceClientId: string): boolean {
    return this.importedFrom.get(`${IMPORTED_FROM}${sourceClientId}%`) !== undefined;
  }

  list(clientId: string | undefined, limit: number, offset: number): { total: number; entries: AuditEntry[] } {
    if (clientId) {
      return {
        total: this.countByClient.get(clientId) ?? 0,
        entries: this.byClient.all(clientId, limit, offset).map(toEntry),
      };
    }
    return { total: this.countAll.get() ?? 0, entries: this.all.all(limit, offset).map(toEntry) };
  }
}
