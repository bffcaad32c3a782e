/**
 * FTS5 indexes over the text the clinician writes, as external-content tables: the text is
 * stored once (in sessions, addenda, clients) and the index refers to rows by their `seq` key.
 * Triggers keep each index in step in the same transaction as the write.
 *
 * unicode61 with remove_diacritics 0: case folds, but å, ä, ö, æ and ø stay letters of their own
 * (får is not far, hälsa is not halsa).
 *
 * The note index keeps a two-letter prefix index too: a two-letter prefix otherwise merges the
 * lists of thousands of words on every keystroke. It costs about 0.3x the text in size.
 */
const TOKENIZE = `tokenize = "unicode61 remove_diacritics 0"`;

export const FTS_TABLES = ['notes_fts', 'notes_docs', 'addenda_fts', 'clients_fts'] as const;

export const SEARCH_SCHEMA = `
  -- client_key indexes each note's client as one token, so "this client's notes" is an index
  -- intersection, not a join over every match in the practice.
  ALTER TABLE sessions ADD COLUMN client_key TEXT GENERATED ALWAYS AS ('k' || replace(client_id, '-', '')) VIRTUAL;
  CREATE VIRTUAL TABLE notes_fts USING fts5(note_text, client_key, content = 'sessions', content_rowid = 'seq', ${TOKENIZE}, prefix = '2');
  CREATE TRIGGER notes_fts_ai AFTER INSERT ON sessions BEGIN
    INSERT INTO notes_fts (rowid, note_text, client_key) VALUES (new.seq, new.note_text, new.client_key);
  END;
  CREATE TRIGGER notes_fts_ad AFTER DELETE ON sessions BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, note_text, client_key) VALUES ('delete', old.seq, old.note_text, old.client_key);
  END;
  CREATE TRIGGER notes_fts_au AFTER UPDATE OF note_text ON sessions BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, note_text, client_key) VALUES ('delete', old.seq, old.note_text, old.client_key);
    INSERT INTO notes_fts (rowid, note_text, client_key) VALUES (new.seq, new.note_text, new.client_key);
  END;

  CREATE VIRTUAL TABLE addenda_fts USING fts5(text, content = 'addenda', content_rowid = 'seq', ${TOKENIZE});
  CREATE TRIGGER addenda_fts_ai AFTER INSERT ON addenda BEGIN
    INSERT INTO addenda_fts (rowid, text) VALUES (new.seq, new.text);
  END;
  CREATE TRIGGER addenda_fts_ad AFTER DELETE ON addenda BEGIN
    INSERT INTO addenda_fts (addenda_fts, rowid, text) VALUES ('delete', old.seq, old.text);
  END;
  CREATE TRIGGER addenda_fts_au AFTER UPDATE OF text ON addenda BEGIN
    INSERT INTO addenda_fts (addenda_fts, rowid, text) VALUES ('delete', old.seq, old.text);
    INSERT INTO addenda_fts (rowid, text) VALUES (new.seq, new.text);
  END;

  CREATE VIRTUAL TABLE clients_fts USING fts5(name, pseudonym, content = 'clients', content_rowid = 'seq', ${TOKENIZE});
  CREATE TRIGGER clients_fts_ai AFTER INSERT ON clients BEGIN
    INSERT INTO clients_fts (rowid, name, pseudonym) VALUES (new.seq, new.name, new.pseudonym);
  END;
  CREATE TRIGGER clients_fts_ad AFTER DELETE ON clients BEGIN
    INSERT INTO clients_fts (clients_fts, rowid, name, pseudonym) VALUES ('delete', old.seq, old.name, old.pseudonym);
  END;
  CREATE TRIGGER clients_fts_au AFTER UPDATE OF name, pseudonym ON clients BEGIN
    INSERT INTO clients_fts (clients_fts, rowid, name, pseudonym) VALUES ('delete', old.seq, old.name, old.pseudonym);
    INSERT INTO clients_fts (rowid, name, pseudonym) VALUES (new.seq, new.name, new.pseudonym);
  END;

  -- The index's own vocabulary, for matching a query word inside compound words.
  CREATE VIRTUAL TABLE notes_vocab USING fts5vocab(notes_fts, 'col');
  CREATE VIRTUAL TABLE addenda_vocab USING fts5vocab(addenda_fts, 'row');
  CREATE VIRTUAL TABLE clients_vocab USING fts5vocab(clients_fts, 'row');
`;

/**
 * Which notes hold a word, without positions (detail=none): about a seventh of the note index's
 * size. A query word with its compound alternatives is an OR of a few dozen words, many of them
 * frequent; counting its matches here merges rowid lists only, not position lists. Phrases and
 * FTS5 prefix queries need positions or the prefix index, so they count in notes_fts. The
 * vocabulary (the words compounds are found among) is read from this index too: it scans in a
 * quarter of the time.
 */
export const DOCS_INDEX_SCHEMA = `
  CREATE VIRTUAL TABLE notes_docs USING fts5(note_text, content = 'sessions', content_rowid = 'seq', ${TOKENIZE}, detail = none);
  CREATE TRIGGER notes_docs_ai AFTER INSERT ON sessions BEGIN
    INSERT INTO notes_docs (rowid, note_text) VALUES (new.seq, new.note_text);
  END;
  CREATE TRIGGER notes_docs_ad AFTER DELETE ON sessions BEGIN
    INSERT INTO notes_docs (notes_docs, rowid, note_text) VALUES ('delete', old.seq, old.note_text);
  END;
  CREATE TRIGGER notes_docs_au AFTER UPDATE OF note_text ON sessions BEGIN
    INSERT INTO notes_docs (notes_docs, rowid, note_text) VALUES ('delete', old.seq, old.note_text);
    INSERT INTO notes_docs (rowid, note_text) VALUES (new.seq, new.note_text);
  END;
  INSERT INTO notes_docs (notes_docs) VALUES ('rebuild');

  DROP TABLE notes_vocab;
  CREATE VIRTUAL TABLE notes_vocab USING fts5vocab(notes_docs, 'row');
`;
