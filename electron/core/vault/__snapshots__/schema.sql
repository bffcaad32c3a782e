-- user_version 10
index addenda_by_session ON addenda: CREATE INDEX addenda_by_session ON addenda (session_id, created_at)
index alliance_ratings_by_client ON alliance_ratings: CREATE INDEX alliance_ratings_by_client ON alliance_ratings (client_id)
index audit_by_client ON audit_log: CREATE INDEX audit_by_client ON audit_log (client_id, id DESC)
index documents_by_owner ON documents: CREATE INDEX documents_by_owner ON documents (client_id, session_id)
index evidence_by_client ON evidence: CREATE INDEX evidence_by_client ON evidence (client_id, session_id)
index evidence_by_hypothesis ON evidence: CREATE INDEX evidence_by_hypothesis ON evidence (hypothesis_id)
index formulation_versions_by_client ON formulation_versions: CREATE INDEX formulation_versions_by_client ON formulation_versions (client_id, created_at)
index hypotheses_by_client ON hypotheses: CREATE INDEX hypotheses_by_client ON hypotheses (client_id, date)
index rupture_steps_by_session ON rupture_steps: CREATE INDEX rupture_steps_by_session ON rupture_steps (session_id)
index ruptures_by_client ON ruptures: CREATE INDEX ruptures_by_client ON ruptures (client_id)
index ruptures_by_resolved_session ON ruptures: CREATE INDEX ruptures_by_resolved_session ON ruptures (resolved_session_id) WHERE resolved_session_id IS NOT NULL
index ruptures_by_session ON ruptures: CREATE INDEX ruptures_by_session ON ruptures (session_id)
index sessions_by_client ON sessions: CREATE INDEX sessions_by_client ON sessions (client_id, starts_at DESC)
index sessions_deleted ON sessions: CREATE INDEX sessions_deleted ON sessions (deleted_at) WHERE deleted_at IS NOT NULL
index sessions_live_by_client ON sessions: CREATE INDEX sessions_live_by_client ON sessions (client_id, starts_at) WHERE deleted_at IS NULL
index sessions_unsigned ON sessions: CREATE INDEX sessions_unsigned ON sessions (signed_at) WHERE signed_at IS NULL
index sessions_unsigned_by_client ON sessions: CREATE INDEX sessions_unsigned_by_client ON sessions (client_id) WHERE signed_at IS NULL AND deleted_at IS NULL
table addenda ON addenda: CREATE TABLE "addenda" ( seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE, doc TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL, signed_at TEXT ) STRICT
table addenda_fts ON addenda_fts: CREATE VIRTUAL TABLE addenda_fts USING fts5(text, content = 'addenda', content_rowid = 'seq', tokenize = "unicode61 remove_diacritics 0")
table addenda_fts_config ON addenda_fts_config: CREATE TABLE 'addenda_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID
table addenda_fts_data ON addenda_fts_data: CREATE TABLE 'addenda_fts_data'(id INTEGER PRIMARY KEY, block BLOB)
table addenda_fts_docsize ON addenda_fts_docsize: CREATE TABLE 'addenda_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB)
table addenda_fts_idx ON addenda_fts_idx: CREATE TABLE 'addenda_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID
table addenda_vocab ON addenda_vocab: CREATE VIRTUAL TABLE addenda_vocab USING fts5vocab(addenda_fts, 'row')
table alliance_ratings ON alliance_ratings: CREATE TABLE alliance_ratings ( session_id TEXT PRIMARY KEY NOT NULL REFERENCES sessions (id) ON DELETE CASCADE, client_id TEXT NOT NULL REFERENCES clients (id), goal INTEGER CHECK (goal BETWEEN 1 AND 7), task INTEGER CHECK (task BETWEEN 1 AND 7), bond INTEGER CHECK (bond BETWEEN 1 AND 7), instrument TEXT CHECK (instrument IN ('srs', 'wai-sr')), client_total INTEGER, client_goal INTEGER, client_task INTEGER, client_bond INTEGER, reflection TEXT NOT NULL, updated_at TEXT NOT NULL, CHECK ( (instrument IS NULL AND client_total IS NULL AND client_goal IS NULL AND client_task IS NULL AND client_bond IS NULL) OR (instrument = 'srs' AND client_total BETWEEN 0 AND 40 AND client_goal IS NULL AND client_task IS NULL AND client_bond IS NULL) OR (instrument = 'wai-sr' AND client_total BETWEEN 12 AND 60 AND client_goal BETWEEN 4 AND 20 AND client_task BETWEEN 4 AND 20 AND client_bond BETWEEN 4 AND 20 AND client_goal + client_task + client_bond = client_total) ) ) STRICT
table audit_log ON audit_log: CREATE TABLE audit_log ( id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, client_id TEXT, detail TEXT NOT NULL DEFAULT '' , prev_hash TEXT) STRICT
table clients ON clients: CREATE TABLE clients ( seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, pseudonym TEXT NOT NULL DEFAULT '', date_of_birth TEXT, email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', referral_source TEXT NOT NULL DEFAULT '', treatment_start TEXT, treatment_end TEXT, status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'ended')), presenting_problems TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]', created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT
table clients_fts ON clients_fts: CREATE VIRTUAL TABLE clients_fts USING fts5(name, pseudonym, content = 'clients', content_rowid = 'seq', tokenize = "unicode61 remove_diacritics 0")
table clients_fts_config ON clients_fts_config: CREATE TABLE 'clients_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID
table clients_fts_data ON clients_fts_data: CREATE TABLE 'clients_fts_data'(id INTEGER PRIMARY KEY, block BLOB)
table clients_fts_docsize ON clients_fts_docsize: CREATE TABLE 'clients_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB)
table clients_fts_idx ON clients_fts_idx: CREATE TABLE 'clients_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID
table clients_vocab ON clients_vocab: CREATE VIRTUAL TABLE clients_vocab USING fts5vocab(clients_fts, 'row')
table documents ON documents: CREATE TABLE documents ( id TEXT PRIMARY KEY NOT NULL, client_id TEXT NOT NULL REFERENCES clients (id), session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL, file_name TEXT NOT NULL, mime_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, data BLOB NOT NULL, created_at TEXT NOT NULL ) STRICT
table evidence ON evidence: CREATE TABLE evidence ( id TEXT PRIMARY KEY NOT NULL, client_id TEXT NOT NULL REFERENCES clients (id), session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE, hypothesis_id TEXT REFERENCES hypotheses (id) ON DELETE CASCADE, formulation_section TEXT, exact TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL, position_start INTEGER NOT NULL, position_end INTEGER NOT NULL, comment TEXT NOT NULL, created_at TEXT NOT NULL, CHECK (hypothesis_id IS NOT NULL OR formulation_section IS NOT NULL) ) STRICT
table formulation_sections ON formulation_sections: CREATE TABLE formulation_sections ( seq INTEGER PRIMARY KEY, client_id TEXT NOT NULL REFERENCES clients (id), section TEXT NOT NULL, doc TEXT NOT NULL, text TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (client_id, section) ) STRICT
table formulation_versions ON formulation_versions: CREATE TABLE formulation_versions ( id TEXT PRIMARY KEY NOT NULL, client_id TEXT NOT NULL REFERENCES clients (id), name TEXT NOT NULL, revision INTEGER NOT NULL, sections TEXT NOT NULL, created_at TEXT NOT NULL ) STRICT
table formulations ON formulations: CREATE TABLE formulations ( client_id TEXT PRIMARY KEY NOT NULL REFERENCES clients (id), revision INTEGER NOT NULL, updated_at TEXT NOT NULL ) STRICT
table formulations_fts ON formulations_fts: CREATE VIRTUAL TABLE formulations_fts USING fts5(text, content = 'formulation_sections', content_rowid = 'seq', tokenize = "unicode61 remove_diacritics 0")
table formulations_fts_config ON formulations_fts_config: CREATE TABLE 'formulations_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID
table formulations_fts_data ON formulations_fts_data: CREATE TABLE 'formulations_fts_data'(id INTEGER PRIMARY KEY, block BLOB)
table formulations_fts_docsize ON formulations_fts_docsize: CREATE TABLE 'formulations_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB)
table formulations_fts_idx ON formulations_fts_idx: CREATE TABLE 'formulations_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID
table formulations_vocab ON formulations_vocab: CREATE VIRTUAL TABLE formulations_vocab USING fts5vocab(formulations_fts, 'row')
table hypotheses ON hypotheses: CREATE TABLE hypotheses ( seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, client_id TEXT NOT NULL REFERENCES clients (id), date TEXT NOT NULL, anxiety REAL NOT NULL CHECK (anxiety BETWEEN 1 AND 7), avoidance REAL NOT NULL CHECK (avoidance BETWEEN 1 AND 7), pattern TEXT NOT NULL, confidence TEXT NOT NULL, contexts TEXT NOT NULL, indicators TEXT NOT NULL, rationale_doc TEXT NOT NULL, rationale_text TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT
table hypotheses_fts ON hypotheses_fts: CREATE VIRTUAL TABLE hypotheses_fts USING fts5(rationale_text, content = 'hypotheses', content_rowid = 'seq', tokenize = "unicode61 remove_diacritics 0")
table hypotheses_fts_config ON hypotheses_fts_config: CREATE TABLE 'hypotheses_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID
table hypotheses_fts_data ON hypotheses_fts_data: CREATE TABLE 'hypotheses_fts_data'(id INTEGER PRIMARY KEY, block BLOB)
table hypotheses_fts_docsize ON hypotheses_fts_docsize: CREATE TABLE 'hypotheses_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB)
table hypotheses_fts_idx ON hypotheses_fts_idx: CREATE TABLE 'hypotheses_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID
table hypotheses_vocab ON hypotheses_vocab: CREATE VIRTUAL TABLE hypotheses_vocab USING fts5vocab(hypotheses_fts, 'row')
table note_templates ON note_templates: CREATE TABLE note_templates ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, doc TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT
table notes_docs ON notes_docs: CREATE VIRTUAL TABLE notes_docs USING fts5(note_text, content = 'sessions', content_rowid = 'seq', tokenize = "unicode61 remove_diacritics 0", detail = none)
table notes_docs_config ON notes_docs_config: CREATE TABLE 'notes_docs_config'(k PRIMARY KEY, v) WITHOUT ROWID
table notes_docs_data ON notes_docs_data: CREATE TABLE 'notes_docs_data'(id INTEGER PRIMARY KEY, block BLOB)
table notes_docs_docsize ON notes_docs_docsize: CREATE TABLE 'notes_docs_docsize'(id INTEGER PRIMARY KEY, sz BLOB)
table notes_docs_idx ON notes_docs_idx: CREATE TABLE 'notes_docs_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID
table notes_fts ON notes_fts: CREATE VIRTUAL TABLE notes_fts USING fts5(note_text, client_key, content = 'sessions', content_rowid = 'seq', tokenize = "unicode61 remove_diacritics 0", prefix = '2')
table notes_fts_config ON notes_fts_config: CREATE TABLE 'notes_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID
table notes_fts_data ON notes_fts_data: CREATE TABLE 'notes_fts_data'(id INTEGER PRIMARY KEY, block BLOB)
table notes_fts_docsize ON notes_fts_docsize: CREATE TABLE 'notes_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB)
table notes_fts_idx ON notes_fts_idx: CREATE TABLE 'notes_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID
table notes_vocab ON notes_vocab: CREATE VIRTUAL TABLE notes_vocab USING fts5vocab(notes_docs, 'row')
table rupture_steps ON rupture_steps: CREATE TABLE rupture_steps ( rupture_id TEXT NOT NULL REFERENCES ruptures (id) ON DELETE CASCADE, step INTEGER NOT NULL CHECK (step >= 1), stage TEXT NOT NULL, session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE, recorded_at TEXT NOT NULL, PRIMARY KEY (rupture_id, step) ) STRICT
table ruptures ON ruptures: CREATE TABLE ruptures ( id TEXT PRIMARY KEY NOT NULL, client_id TEXT NOT NULL REFERENCES clients (id), session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE, type TEXT NOT NULL CHECK (type IN ('withdrawal', 'confrontation', 'both')), intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 5), markers TEXT NOT NULL, strained TEXT NOT NULL, strategies TEXT NOT NULL, contribution TEXT NOT NULL, exact TEXT, prefix TEXT, suffix TEXT, position_start INTEGER, position_end INTEGER, outcome TEXT NOT NULL CHECK (outcome IN ('unresolved', 'partlyResolved', 'resolved')), resolved_session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, CHECK (resolved_session_id IS NULL OR outcome = 'resolved') ) STRICT
table sessions ON sessions: CREATE TABLE sessions ( seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, client_id TEXT NOT NULL REFERENCES clients (id), starts_at TEXT NOT NULL, duration_minutes INTEGER NOT NULL, modality TEXT NOT NULL, setting TEXT NOT NULL, attendance TEXT NOT NULL, template TEXT NOT NULL, note_doc TEXT NOT NULL, note_text TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 1, signed_at TEXT, deleted_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL , client_key TEXT GENERATED ALWAYS AS ('k' || replace(client_id, '-', '')) VIRTUAL) STRICT
table settings ON settings: CREATE TABLE settings ( key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL ) STRICT
trigger addenda_fts_ad ON addenda: CREATE TRIGGER addenda_fts_ad AFTER DELETE ON addenda BEGIN INSERT INTO addenda_fts (addenda_fts, rowid, text) VALUES ('delete', old.seq, old.text); END
trigger addenda_fts_ai ON addenda: CREATE TRIGGER addenda_fts_ai AFTER INSERT ON addenda BEGIN INSERT INTO addenda_fts (rowid, text) VALUES (new.seq, new.text); END
trigger addenda_fts_au ON addenda: CREATE TRIGGER addenda_fts_au AFTER UPDATE OF text ON addenda BEGIN INSERT INTO addenda_fts (addenda_fts, rowid, text) VALUES ('delete', old.seq, old.text); INSERT INTO addenda_fts (rowid, text) VALUES (new.seq, new.text); END
trigger addenda_signed_are_final ON addenda: CREATE TRIGGER addenda_signed_are_final BEFORE UPDATE ON addenda WHEN OLD.signed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SIGNED'); END
trigger addenda_signed_are_kept ON addenda: CREATE TRIGGER addenda_signed_are_kept BEFORE DELETE ON addenda WHEN OLD.signed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SIGNED'); END
trigger audit_log_is_append_only_d ON audit_log: CREATE TRIGGER audit_log_is_append_only_d BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
trigger audit_log_is_append_only_u ON audit_log: CREATE TRIGGER audit_log_is_append_only_u BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
trigger clients_fts_ad ON clients: CREATE TRIGGER clients_fts_ad AFTER DELETE ON clients BEGIN INSERT INTO clients_fts (clients_fts, rowid, name, pseudonym) VALUES ('delete', old.seq, old.name, old.pseudonym); END
trigger clients_fts_ai ON clients: CREATE TRIGGER clients_fts_ai AFTER INSERT ON clients BEGIN INSERT INTO clients_fts (rowid, name, pseudonym) VALUES (new.seq, new.name, new.pseudonym); END
trigger clients_fts_au ON clients: CREATE TRIGGER clients_fts_au AFTER UPDATE OF name, pseudonym ON clients BEGIN INSERT INTO clients_fts (clients_fts, rowid, name, pseudonym) VALUES ('delete', old.seq, old.name, old.pseudonym); INSERT INTO clients_fts (rowid, name, pseudonym) VALUES (new.seq, new.name, new.pseudonym); END
trigger formulations_fts_ad ON formulation_sections: CREATE TRIGGER formulations_fts_ad AFTER DELETE ON formulation_sections BEGIN INSERT INTO formulations_fts (formulations_fts, rowid, text) VALUES ('delete', old.seq, old.text); END
trigger formulations_fts_ai ON formulation_sections: CREATE TRIGGER formulations_fts_ai AFTER INSERT ON formulation_sections BEGIN INSERT INTO formulations_fts (rowid, text) VALUES (new.seq, new.text); END
trigger formulations_fts_au ON formulation_sections: CREATE TRIGGER formulations_fts_au AFTER UPDATE OF text ON formulation_sections BEGIN INSERT INTO formulations_fts (formulations_fts, rowid, text) VALUES ('delete', old.seq, old.text); INSERT INTO formulations_fts (rowid, text) VALUES (new.seq, new.text); END
trigger hypotheses_fts_ad ON hypotheses: CREATE TRIGGER hypotheses_fts_ad AFTER DELETE ON hypotheses BEGIN INSERT INTO hypotheses_fts (hypotheses_fts, rowid, rationale_text) VALUES ('delete', old.seq, old.rationale_text); END
trigger hypotheses_fts_ai ON hypotheses: CREATE TRIGGER hypotheses_fts_ai AFTER INSERT ON hypotheses BEGIN INSERT INTO hypotheses_fts (rowid, rationale_text) VALUES (new.seq, new.rationale_text); END
trigger hypotheses_fts_au ON hypotheses: CREATE TRIGGER hypotheses_fts_au AFTER UPDATE OF rationale_text ON hypotheses BEGIN INSERT INTO hypotheses_fts (hypotheses_fts, rowid, rationale_text) VALUES ('delete', old.seq, old.rationale_text); INSERT INTO hypotheses_fts (rowid, rationale_text) VALUES (new.seq, new.rationale_text); END
trigger notes_docs_ad ON sessions: CREATE TRIGGER notes_docs_ad AFTER DELETE ON sessions BEGIN INSERT INTO notes_docs (notes_docs, rowid, note_text) VALUES ('delete', old.seq, old.note_text); END
trigger notes_docs_ai ON sessions: CREATE TRIGGER notes_docs_ai AFTER INSERT ON sessions BEGIN INSERT INTO notes_docs (rowid, note_text) VALUES (new.seq, new.note_text); END
trigger notes_docs_au ON sessions: CREATE TRIGGER notes_docs_au AFTER UPDATE OF note_text ON sessions BEGIN INSERT INTO notes_docs (notes_docs, rowid, note_text) VALUES ('delete', old.seq, old.note_text); INSERT INTO notes_docs (rowid, note_text) VALUES (new.seq, new.note_text); END
trigger notes_fts_ad ON sessions: CREATE TRIGGER notes_fts_ad AFTER DELETE ON sessions BEGIN INSERT INTO notes_fts (notes_fts, rowid, note_text, client_key) VALUES ('delete', old.seq, old.note_text, old.client_key); END
trigger notes_fts_ai ON sessions: CREATE TRIGGER notes_fts_ai AFTER INSERT ON sessions BEGIN INSERT INTO notes_fts (rowid, note_text, client_key) VALUES (new.seq, new.note_text, new.client_key); END
trigger notes_fts_au ON sessions: CREATE TRIGGER notes_fts_au AFTER UPDATE OF note_text ON sessions BEGIN INSERT INTO notes_fts (notes_fts, rowid, note_text, client_key) VALUES ('delete', old.seq, old.note_text, old.client_key); INSERT INTO notes_fts (rowid, note_text, client_key) VALUES (new.seq, new.note_text, new.client_key); END
trigger sessions_signed_are_final ON sessions: CREATE TRIGGER sessions_signed_are_final BEFORE UPDATE ON sessions WHEN OLD.signed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SIGNED'); END
trigger sessions_signed_are_kept ON sessions: CREATE TRIGGER sessions_signed_are_kept BEFORE DELETE ON sessions WHEN OLD.signed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SIGNED'); END
