import type { Migration } from './migration';

/**
 * Files are documents: in this domain "attachment" means attachment patterns. The table is
 * renamed with every stored file kept. Both tables tied to sessions now follow a session that is
 * erased (a deleted draft whose undo time passed) through the schema: a document stays with the
 * client (ON DELETE SET NULL), an addendum goes with its session (ON DELETE CASCADE; only signed
 * sessions, which are never erased, have addenda).
 */
export const migration: Migration = {
  version: 6,
  name: 'attachments become documents; erased drafts cascade to documents and addenda',
  sql: `
    CREATE TABLE documents (
      id         TEXT PRIMARY KEY NOT NULL,
      client_id  TEXT NOT NULL REFERENCES clients (id),
      session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
      file_name  TEXT NOT NULL,
      mime_type  TEXT NOT NULL,
      size       INTEGER NOT NULL,
      sha256     TEXT NOT NULL,
      data       BLOB NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO documents (id, client_id, session_id, file_name, mime_type, size, sha256, data, created_at)
      SELECT id, client_id, session_id, file_name, mime_type, size, sha256, data, created_at FROM attachments;
    DROP TABLE attachments;
    CREATE INDEX documents_by_owner ON documents (client_id, session_id);

    CREATE TABLE addenda_next (
      seq        INTEGER PRIMARY KEY,
      id         TEXT NOT NULL UNIQUE,
      session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
      doc        TEXT NOT NULL,
      text       TEXT NOT NULL,
      created_at TEXT NOT NULL,
      signed_at  TEXT
    ) STRICT;
    INSERT INTO addenda_next (seq, id, session_id, doc, text, created_at, signed_at)
      SELECT seq, id, session_id, doc, text, created_at, signed_at FROM addenda;
    DROP TABLE addenda;
    ALTER TABLE addenda_next RENAME TO addenda;
    CREATE INDEX addenda_by_session ON addenda (session_id, created_at);
    CREATE TRIGGER addenda_signed_are_final
    BEFORE UPDATE ON addenda
    WHEN OLD.signed_at IS NOT NULL
    BEGIN
      SELECT RAISE(ABORT, 'SIGNED');
    END;
    CREATE TRIGGER addenda_fts_ai AFTER INSERT ON addenda BEGIN INSERT INTO addenda_fts (rowid, text) VALUES (new.seq, new.text); END;
    CREATE TRIGGER addenda_fts_ad AFTER DELETE ON addenda BEGIN INSERT INTO addenda_fts (addenda_fts, rowid, text) VALUES ('delete', old.seq, old.text); END;
    CREATE TRIGGER addenda_fts_au AFTER UPDATE OF text ON addenda BEGIN INSERT INTO addenda_fts (addenda_fts, rowid, text) VALUES ('delete', old.seq, old.text); INSERT INTO addenda_fts (rowid, text) VALUES (new.seq, new.text); END;
  `,
};
