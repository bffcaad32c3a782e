import type { Migration } from './migration';

/**
 * The audit log holds up: each entry written from now on carries the SHA-256 of the entry before
 * it (prev_hash), so an entry changed or removed with a stock tool breaks the chain, which unlock
 * checks. Signed addenda refuse deletion in the database, as signed sessions do.
 */
export const migration: Migration = {
  version: 10,
  name: 'a hash chain through the audit log; signed addenda are kept',
  sql: `
    ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
    CREATE TRIGGER addenda_signed_are_kept
    BEFORE DELETE ON addenda
    WHEN OLD.signed_at IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'SIGNED');
    END;
  `,
};
