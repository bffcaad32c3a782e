import type { Migration } from './migration';

export const migration: Migration = {
  version: 3,
  name: 'full-text search over notes, addenda and clients',
  sql: `
  -- client_key indexes each note's client as one token, so "this client's notes" is an index
  -- intersection, not a join over every match in the practice.
  ALTER TABLE sessions ADD COLUMN client_key TEXT GENERATED ALWAYS AS ('k' || replace(client_id, '-', '')) VIRTUAL;
  CREATE VIRTUAL TABLE notes_fts USING fts5(note_text, client_key, content = 'sessions', content_rowid = 'seq', tokenize = "unicode61 remove_diacritics 0", prefix = '2');
  
  CREATE TRIGGER notes_fts_ai AFTER INSERT ON sessions BEGIN INSERT INTO notes_fts (rowid, note_text, client_key) VALUES (new.seq, new.note_text, new.client_key); END;
  CREATE TRIGGER notes_fts_ad AFTER DELETE ON sessions BEGIN INSERT INTO notes_fts (notes_fts, rowid, note_text, client_key) VALUES ('delete', old.seq, old.note_text, old.client_key); END;
  CREATE TRIGGER notes_fts_au AFTER UPDATE OF note_text ON sessions BEGIN INSERT INTO notes_fts (notes_fts, rowid, note_text, client_key) VALUES ('delete', old.seq, old.note_text, old.client_key); INSERT INTO notes_fts (rowid, note_text, client_key) VALUES (new.seq, new.note_text, new.client_key); END;

  CREATE VIRTUAL TABLE addenda_fts USING fts5(text, content = 'addenda', content_rowid = 'seq', tokenize = "unicode61 remove_diacritics 0");
  
  CREATE TRIGGER addenda_fts_ai AFTER INSERT ON addenda BEGIN INSERT INTO addenda_fts (rowid, text) VALUES (new.seq, new.text); END;
  CREATE TRIGGER addenda_fts_ad AFTER DELETE ON addenda BEGIN INSERT INTO addenda_fts (addenda_fts, rowid, text) VALUES ('delete', old.seq, old.text); END;
  CREATE TRIGGER addenda_fts_au AFTER UPDATE OF text ON addenda BEGIN INSERT INTO addenda_fts (addenda_fts, rowid, text) VALUES ('delete', old.seq, old.text); INSERT INTO addenda_fts (rowid, text) VALUES (new.seq, new.text); END;

  CREATE VIRTUAL TABLE clients_fts USING fts5(name, pseudonym, content = 'clients', content_rowid = 'seq', tokenize = "unicode61 remove_diacritics 0");
  
  CREATE TRIGGER clients_fts_ai AFTER INSERT ON clients BEGIN INSERT INTO clients_fts (rowid, name, pseudonym) VALUES (new.seq, new.name, new.pseudonym); END;
  CREATE TRIGGER clients_fts_ad AFTER DELETE ON clients BEGIN INSERT INTO clients_fts (clients_fts, rowid, name, pseudonym) VALUES ('delete', old.seq, old.name, old.pseudonym); END;
  CREATE TRIGGER clients_fts_au AFTER UPDATE OF name, pseudonym ON clients BEGIN INSERT INTO clients_fts (clients_fts, rowid, name, pseudonym) VALUES ('delete', old.seq, old.name, old.pseudonym); INSERT INTO clients_fts (rowid, name, pseudonym) VALUES (new.seq, new.name, new.pseudonym); END;

  -- The index's own vocabulary, for matching a query word inside compound words.
  CREATE VIRTUAL TABLE notes_vocab USING fts5vocab(notes_fts, 'col');
  CREATE VIRTUAL TABLE addenda_vocab USING fts5vocab(addenda_fts, 'row');
  CREATE VIRTUAL TABLE clients_vocab USING fts5vocab(clients_fts, 'row');
`,
};
