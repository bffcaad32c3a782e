import type { Migration } from './migration';

/**
 * Erasure (issue 13): a client's whole record may be erased once its retention period has passed.
 * While an erasure runs, the client's id sits in erasure_gate (inside the erasing transaction
 * only), and for that client alone the triggers let signed sessions and addenda go and let the
 * client's audit entries be redacted: emptied of what they said, their place in the hash chain
 * kept by the hash they had (sealed_hash). Outside an erasure the triggers refuse as before.
 */
export const migration: Migration = {
  version: 11,
  name: 'erasure: signed records go with their client; audit entries about them are redacted',
  sql: `
    CREATE TABLE erasure_gate (client_id TEXT PRIMARY KEY NOT NULL) STRICT;
    ALTER TABLE audit_log ADD COLUMN sealed_hash TEXT;

    DROP TRIGGER sessions_signed_are_kept;
    CREATE TRIGGER sessions_signed_are_kept
    BEFORE DELETE ON sessions
    WHEN OLD.signed_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM erasure_gate WHERE client_id = OLD.client_id)
    BEGIN
      SELECT RAISE(ABORT, 'SIGNED');
    END;

    DROP TRIGGER addenda_signed_are_kept;
    CREATE TRIGGER addenda_signed_are_kept
    BEFORE DELETE ON addenda
    WHEN OLD.signed_at IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM erasure_gate g JOIN sessions s ON s.client_id = g.client_id WHERE s.id = OLD.session_id
      )
    BEGIN
      SELECT RAISE(ABORT, 'SIGNED');
    END;

    DROP TRIGGER audit_log_is_append_only_u;
    CREATE TRIGGER audit_log_is_append_only_u
    BEFORE UPDATE ON audit_log
    WHEN NOT (
      OLD.client_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM erasure_gate WHERE client_id = OLD.client_id)
      AND OLD.sealed_hash IS NULL
      AND NEW.sealed_hash IS NOT NULL
      AND NEW.id = OLD.id
      AND NEW.prev_hash IS OLD.prev_hash
      AND NEW.action = 'redacted'
      AND NEW.entity = 'client'
      AND NEW.entity_id = ''
      AND NEW.client_id IS NULL
      AND NEW.detail = ''
    )
    BEGIN
      SELECT RAISE(ABORT, 'the audit log is append-only');
    END;
  `,
};
