import type { AuditEntry } from '@shared/api/audit';
import type { Db } from '../vault/sqlcipher';
import { CHAIN_START, checkChain, entryHash, type ChainCheck, type ChainRow } from './audit-chain';

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

/** Append-only: the table's triggers refuse updates and deletes. */
export class AuditRepository {
  private readonly insert;
  private readonly last;
  private readonly inOrder;
  private readonly byClient;
  private readonly all;
  private readonly countByClient;
  private readonly countAll;
  private readonly latestFor;
  private readonly everyForClient;
  private readonly importedFrom;

  constructor(
    db: Db,
    private readonly now: () => Date,
  ) {
    this.insert = db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, client_id, detail, prev_hash)
       VALUES (@at, @actor, @action, @entity, @entityId, @clientId, @detail, @prevHash)`,
    );
    this.last = db.prepare<[], ChainRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1');
    this.inOrder = db.prepare<[], ChainRow>('SELECT * FROM audit_log ORDER BY id');
    this.byClient = db.prepare<[string, number, number], Row>(
      'SELECT * FROM audit_log WHERE client_id = ? ORDER BY id DESC LIMIT ? OFFSET ?',
    );
    this.all = db.prepare<[number, number], Row>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?');
    this.countByClient = db.prepare<[string], number>('SELECT count(*) FROM audit_log WHERE client_id = ?').pluck();
    this.countAll = db.prepare<[], number>('SELECT count(*) FROM audit_log').pluck();
    this.latestFor = db.prepare<[string], Row>('SELECT * FROM audit_log WHERE entity_id = ? ORDER BY id DESC LIMIT 1');
    this.everyForClient = db.prepare<[string], Row>('SELECT * FROM audit_log WHERE client_id = ? ORDER BY id');
    this.importedFrom = db
      .prepare<[string], number>(
        `SELECT 1 FROM audit_log WHERE entity = 'client' AND action = 'create' AND detail LIKE ? LIMIT 1`,
      )
      .pluck();
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
    this.insert.run({ ...entry, prevHash: last ? entryHash(last) : CHAIN_START });
  }

  /** Checks the whole chain (see audit-chain.ts). */
  checkChain(): ChainCheck {
    return checkChain(this.inOrder.iterate());
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
