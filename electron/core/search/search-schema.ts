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

/**
 * The triggers that keep an external-content index in step with its table (keyed by seq): on
 * insert, on delete, and on an update of the columns that change what is indexed.
 */
function syncTriggers(fts: string, table: string, columns: string[], updatedColumns: string[] = columns): string {
  const list = columns.join(', ');
  const values = (row: 'new' | 'old') => columns.map((c) => `${row}.${c}`).join(', ');
  const remove = `INSERT INTO ${fts} (${fts}, rowid, ${list}) VALUES ('delete', old.seq, ${values('old')});`;
  const add = `INSERT INTO ${fts} (rowid, ${list}) VALUES (new.seq, ${values('new')});`;
  return `
  CREATE TRIGGER ${fts}_ai AFTER INSERT ON ${table} BEGIN ${add} END;
  CREATE TRIGGER ${fts}_ad AFTER DELETE ON ${table} BEGIN ${remove} END;
  CREATE TRIGGER ${fts}_au AFTER UPDATE OF ${updatedColumns.join(', ')} ON ${table} BEGIN ${remove} ${add} END;`;
}

export const FTS_TABLES = ['notes_fts', 'notes_docs', 'addenda_fts', 'clients_fts'] as const;

export const SEARCH_SCHEMA = `
  -- client_key indexes each note's client as one token, so "this client's notes" is an index
  -- intersection, not a join over every match in the practice.
  ALTER TABLE sessions ADD COLUMN client_key TEXT GENERATED ALWAYS AS ('k' || replace(client_id, '-', '')) VIRTUAL;
  CREATE VIRTUAL TABLE notes_fts USING fts5(note_text, client_key, content = 'sessions', content_rowid = 'seq', ${TOKENIZE}, prefix = '2');
  ${syncTriggers('notes_fts', 'sessions', ['note_text', 'client_key'], ['note_text'])}

  CREATE VIRTUAL TABLE addenda_fts USING fts5(text, content = 'addenda', content_rowid = 'seq', ${TOKENIZE});
  ${syncTriggers('addenda_fts', 'addenda', ['text'])}

  CREATE VIRTUAL TABLE clients_fts USING fts5(name, pseudonym, content = 'clients', content_rowid = 'seq', ${TOKENIZE});
  ${syncTriggers('clients_fts', 'clients', ['name', 'pseudonym'])}

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
  ${syncTriggers('notes_docs', 'sessions', ['note_text'])}
  INSERT INTO notes_docs (notes_docs) VALUES ('rebuild');

  DROP TABLE notes_vocab;
  CREATE VIRTUAL TABLE notes_vocab USING fts5vocab(notes_docs, 'row');
`;
