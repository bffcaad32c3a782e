import type { Migration } from './migration';

export const migration: Migration = {
  version: 4,
  name: 'a position-free note index for counting matches',
  sql: `
  CREATE VIRTUAL TABLE notes_docs USING fts5(note_text, content = 'sessions', content_rowid = 'seq', tokenize = "unicode61 remove_diacritics 0", detail = none);
  
  CREATE TRIGGER notes_docs_ai AFTER INSERT ON sessions BEGIN INSERT INTO notes_docs (rowid, note_text) VALUES (new.seq, new.note_text); END;
  CREATE TRIGGER notes_docs_ad AFTER DELETE ON sessions BEGIN INSERT INTO notes_docs (notes_docs, rowid, note_text) VALUES ('delete', old.seq, old.note_text); END;
  CREATE TRIGGER notes_docs_au AFTER UPDATE OF note_text ON sessions BEGIN INSERT INTO notes_docs (notes_docs, rowid, note_text) VALUES ('delete', old.seq, old.note_text); INSERT INTO notes_docs (rowid, note_text) VALUES (new.seq, new.note_text); END;
  INSERT INTO notes_docs (notes_docs) VALUES ('rebuild');

  DROP TABLE notes_vocab;
  CREATE VIRTUAL TABLE notes_vocab USING fts5vocab(notes_docs, 'row');
`,
};
