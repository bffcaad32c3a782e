import { createHash } from 'node:crypto';

/** An audit row as stored, with the link to the row before it. */
export interface ChainRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  client_id: string | null;
  detail: string;
  prev_hash: string | null;
  /**
   * Set when the entry was redacted by a client's erasure: the hash the entry had before, which
   * the next entry links to. A redacted entry says nothing but that it was redacted.
   */
  sealed_hash?: string | null;
}

/** What a redacted entry holds, besides its id, time, actor and link. */
export const REDACTED = { action: 'redacted', entity: 'client', entity_id: '', client_id: null, detail: '' } as const;

const isRedactedShape = (r: ChainRow): boolean =>
  r.action === REDACTED.action &&
  r.entity === REDACTED.entity &&
  r.entity_id === REDACTED.entity_id &&
  r.client_id === REDACTED.client_id &&
  r.detail === REDACTED.detail;

/**
 * The hash the next entry links to: the entry's own, or for a redacted entry the one it had
 * before (kept in sealed_hash). A sealed entry that is not empty is no redaction: someone wrote
 * content under a kept hash, so it links to nothing.
 */
export function linkHash(r: ChainRow): string {
  if (r.sealed_hash == null) return entryHash(r);
  return isRedactedShape(r) ? r.sealed_hash : `not-redacted:${entryHash(r)}`;
}

/** What the first entry of a chain links to. */
export const CHAIN_START = 'trygg-audit-chain-start';

/** The SHA-256 of an entry: every field, its link included, in a fixed order. */
export function entryHash(r: ChainRow): string {
  return createHash('sha256')
    .update(JSON.stringify([r.id, r.at, r.actor, r.action, r.entity, r.entity_id, r.client_id, r.detail, r.prev_hash]))
    .digest('hex');
}

export interface ChainCheck {
  ok: boolean;
  /** Entries checked (from the first that carries a link). */
  checked: number;
  /** The first entry whose link does not match the entry before it. */
  brokenAt: number | null;
}

/**
 * Walks the log in order, fed in slices (the check after unlock reads a slice at a time: see
 * audit-area.ts). Entries written before the chain existed carry no link and are not checked;
 * from the first entry with a link on, every entry must carry the hash of the one before it. An
 * entry changed breaks the link of the next; one removed breaks the link of the one after the
 * gap. (The newest entry is covered once another follows it: unlock writes one.)
 */
export class ChainWalk {
  private previous: ChainRow | null = null;
  private started = false;
  private checked = 0;
  private brokenAt: number | null = null;

  /** Feeds the next entries; false once the chain is found broken (nothing after matters). */
  feed(rows: Iterable<ChainRow>): boolean {
    if (this.brokenAt !== null) return false;
    for (const row of rows) {
      if (row.prev_hash !== null) this.started = true;
      if (this.started) {
        const expected = this.previous ? linkHash(this.previous) : CHAIN_START;
        if (row.prev_hash !== expected) {
          this.brokenAt = row.id;
          return false;
        }
        this.checked++;
      }
      this.previous = row;
    }
    return true;
  }

  /** The id of the last entry fed, where the next slice starts after (0 before the first). */
  get lastId(): number {
    return this.previous?.id ?? 0;
  }

  result(): ChainCheck {
    return { ok: this.brokenAt === null, checked: this.checked, brokenAt: this.brokenAt };
  }
}
