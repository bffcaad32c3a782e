import type { Migration } from './migration';

/**
 * The clinical heart: a case formulation per client (its current sections, and dated named
 * versions frozen from them), attachment hypotheses, and evidence: passages of session notes
 * anchored outside the notes by a quote, linked to a hypothesis or a formulation section. An
 * erased draft takes its evidence with it (ON DELETE CASCADE). Formulation text and hypothesis
 * rationales get full-text indexes like the notes', kept by triggers.
 */
export const migration: Migration = {
  version: 7,
  name: 'case formulations, attachment hypotheses, evidence anchored in notes',
  sql: `
    CREATE TABLE formulations (
      client_id  TEXT PRIMARY KEY NOT NULL REFERENCES clients (id),
      revision   INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE formulation_sections (
      seq        INTEGER PRIMARY KEY,
      client_id  TEXT NOT NULL REFERENCES clients (id),
      section    TEXT NOT NULL,
      doc        TEXT NOT NULL,
      text       TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (client_id, section)
    ) STRICT;

    CREATE TABLE formulation_versions (
      id         TEXT PRIMARY KEY NOT NULL,
      client_id  TEXT NOT NULL REFERENCES clients (id),
      name       TEXT NOT NULL,
      revision   INTEGER NOT NULL,
      sections   TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX formulation_versions_by_client ON formulation_versions (client_id, created_at);

    CREATE TABLE hypotheses (
      seq            INTEGER PRIMARY KEY,
      id             TEXT NOT NULL UNIQUE,
      client_id      TEXT NOT NULL REFERENCES clients (id),
      date           TEXT NOT NULL,
      anxiety        REAL NOT NULL CHECK (anxiety BETWEEN 1 AND 7),
      avoidance      REAL NOT NULL CHECK (avoidance BETWEEN 1 AND 7),
      pattern        TEXT NOT NULL,
      confidence     TEXT NOT NULL,
      contexts       TEXT NOT NULL,
      indicators     TEXT NOT NULL,
      rationale_doc  TEXT NOT NULL,
      rationale_text TEXT NOT NULL,
      status         TEXT NOT NULL,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL
    ) STRICT;
    CREATE INDEX hypotheses_by_client ON hypotheses (client_id, date);

    CREATE TABLE evidence (
      id                  TEXT PRIMARY KEY NOT NULL,
      client_id           TEXT NOT NULL REFERENCES clients (id),
      session_id          TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
      hypothesis_id       TEXT REFERENCES hypotheses (id) ON DELETE CASCADE,
      formulation_section TEXT,
      exact               TEXT NOT NULL,
      prefix              TEXT NOT NULL,
      suffix              TEXT NOT NULL,
      position_start      INTEGER NOT NULL,
      position_end        INTEGER NOT NULL,
      comment             TEXT NOT NULL,
      created_at          TEXT NOT NULL,
      CHECK (hypothesis_id IS NOT NULL OR formulation_section IS NOT NULL)
    ) STRICT;
    CREATE INDEX evidence_by_hypothesis ON evidence (hypothesis_id);
    CREATE INDEX evidence_by_client ON evidence (client_id, session_id);

    CREATE VIRTUAL TABLE formulations_fts USING fts5(text, content = 'formulation_sections', content_rowid = 'seq', tokenize = "unicode61 remove_diacritics 0");
    CREATE TRIGGER formulations_fts_ai AFTER INSERT ON formulation_sections BEGIN INSERT INTO formulations_fts (rowid, text) VALUES (new.seq, new.text); END;
    CREATE TRIGGER formulations_fts_ad AFTER DELETE ON formulation_sections BEGIN INSERT INTO formulations_fts (formulations_fts, rowid, text) VALUES ('delete', old.seq, old.text); END;
    CREATE TRIGGER formulations_fts_au AFTER UPDATE OF text ON formulation_sections BEGIN INSERT INTO formulations_fts (formulations_fts, rowid, text) VALUES ('delete', old.seq, old.text); INSERT INTO formulations_fts (rowid, text) VALUES (new.seq, new.text); END;
    CREATE VIRTUAL TABLE formulations_vocab USING fts5vocab(formulations_fts, 'row');

    CREATE VIRTUAL TABLE hypotheses_fts USING fts5(rationale_text, content = 'hypotheses', content_rowid = 'seq', tokenize = "unicode61 remove_diacritics 0");
    CREATE TRIGGER hypotheses_fts_ai AFTER INSERT ON hypotheses BEGIN INSERT INTO hypotheses_fts (rowid, rationale_text) VALUES (new.seq, new.rationale_text); END;
    CREATE TRIGGER hypotheses_fts_ad AFTER DELETE ON hypotheses BEGIN INSERT INTO hypotheses_fts (hypotheses_fts, rowid, rationale_text) VALUES ('delete', old.seq, old.rationale_text); END;
    CREATE TRIGGER hypotheses_fts_au AFTER UPDATE OF rationale_text ON hypotheses BEGIN INSERT INTO hypotheses_fts (hypotheses_fts, rowid, rationale_text) VALUES ('delete', old.seq, old.rationale_text); INSERT INTO hypotheses_fts (rowid, rationale_text) VALUES (new.seq, new.rationale_text); END;
    CREATE VIRTUAL TABLE hypotheses_vocab USING fts5vocab(hypotheses_fts, 'row');
  `,
};
