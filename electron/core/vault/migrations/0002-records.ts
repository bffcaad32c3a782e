import type { Migration } from './migration';

export const migration: Migration = {
  version: 2,
  name: 'clients, sessions, notes, addenda, attachments, templates, audit',
  sql: `
        -- seq is each table's stable integer key: the search index refers to rows by it, and
        -- unlike an implicit rowid it survives VACUUM (which passphrase changes use).
        CREATE TABLE clients (
          seq                 INTEGER PRIMARY KEY,
          id                  TEXT NOT NULL UNIQUE,
          name                TEXT NOT NULL,
          pseudonym           TEXT NOT NULL DEFAULT '',
          date_of_birth       TEXT,
          email               TEXT NOT NULL DEFAULT '',
          phone               TEXT NOT NULL DEFAULT '',
          address             TEXT NOT NULL DEFAULT '',
          referral_source     TEXT NOT NULL DEFAULT '',
          treatment_start     TEXT,
          treatment_end       TEXT,
          status              TEXT NOT NULL CHECK (status IN ('active', 'paused', 'ended')),
          presenting_problems TEXT NOT NULL DEFAULT '',
          tags                TEXT NOT NULL DEFAULT '[]',
          created_at          TEXT NOT NULL,
          updated_at          TEXT NOT NULL
        ) STRICT;

        CREATE TABLE sessions (
          seq              INTEGER PRIMARY KEY,
          id               TEXT NOT NULL UNIQUE,
          client_id        TEXT NOT NULL REFERENCES clients (id),
          starts_at        TEXT NOT NULL,
          duration_minutes INTEGER NOT NULL,
          modality         TEXT NOT NULL,
          setting          TEXT NOT NULL,
          attendance       TEXT NOT NULL,
          template         TEXT NOT NULL,
          note_doc         TEXT NOT NULL,
          note_text        TEXT NOT NULL,
          revision         INTEGER NOT NULL DEFAULT 1,
          signed_at        TEXT,
          deleted_at       TEXT,
          created_at       TEXT NOT NULL,
          updated_at       TEXT NOT NULL
        ) STRICT;
        CREATE INDEX sessions_by_client ON sessions (client_id, starts_at DESC);
        CREATE INDEX sessions_unsigned ON sessions (signed_at) WHERE signed_at IS NULL;
        CREATE INDEX sessions_deleted ON sessions (deleted_at) WHERE deleted_at IS NOT NULL;

        -- A signed note is never changed again: the database refuses it too.
        CREATE TRIGGER sessions_signed_are_final
        BEFORE UPDATE ON sessions
        WHEN OLD.signed_at IS NOT NULL
        BEGIN
          SELECT RAISE(ABORT, 'SIGNED');
        END;
        CREATE TRIGGER sessions_signed_are_kept
        BEFORE DELETE ON sessions
        WHEN OLD.signed_at IS NOT NULL
        BEGIN
          SELECT RAISE(ABORT, 'SIGNED');
        END;

        CREATE TABLE addenda (
          seq        INTEGER PRIMARY KEY,
          id         TEXT NOT NULL UNIQUE,
          session_id TEXT NOT NULL REFERENCES sessions (id),
          doc        TEXT NOT NULL,
          text       TEXT NOT NULL,
          created_at TEXT NOT NULL,
          signed_at  TEXT
        ) STRICT;
        CREATE INDEX addenda_by_session ON addenda (session_id, created_at);
        CREATE TRIGGER addenda_signed_are_final
        BEFORE UPDATE ON addenda
        WHEN OLD.signed_at IS NOT NULL
        BEGIN
          SELECT RAISE(ABORT, 'SIGNED');
        END;

        CREATE TABLE attachments (
          id         TEXT PRIMARY KEY NOT NULL,
          client_id  TEXT NOT NULL REFERENCES clients (id),
          session_id TEXT REFERENCES sessions (id),
          file_name  TEXT NOT NULL,
          mime_type  TEXT NOT NULL,
          size       INTEGER NOT NULL,
          sha256     TEXT NOT NULL,
          data       BLOB NOT NULL,
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX attachments_by_owner ON attachments (client_id, session_id);

        CREATE TABLE note_templates (
          id         TEXT PRIMARY KEY NOT NULL,
          name       TEXT NOT NULL,
          doc        TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE audit_log (
          id        INTEGER PRIMARY KEY AUTOINCREMENT,
          at        TEXT NOT NULL,
          actor     TEXT NOT NULL,
          action    TEXT NOT NULL,
          entity    TEXT NOT NULL,
          entity_id TEXT NOT NULL,
          client_id TEXT,
          detail    TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX audit_by_client ON audit_log (client_id, id DESC);
        CREATE TRIGGER audit_log_is_append_only_u BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_is_append_only_d BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      `,
};
