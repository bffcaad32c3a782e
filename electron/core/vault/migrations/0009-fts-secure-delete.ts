import type { Migration } from './migration';

/**
 * Deleted is gone: FTS5 keeps the words of a deleted or overwritten text in its index segments
 * until they are merged away, unless its secure-delete option is on (SQLite 3.42+), which removes
 * them at the delete. Every full-text index gets it; the index rebuild sets it on the new ones.
 */
export const migration: Migration = {
  version: 9,
  name: 'secure-delete on every full-text index',
  sql: `
    INSERT INTO notes_fts (notes_fts, rank) VALUES ('secure-delete', 1);
    INSERT INTO notes_docs (notes_docs, rank) VALUES ('secure-delete', 1);
    INSERT INTO addenda_fts (addenda_fts, rank) VALUES ('secure-delete', 1);
    INSERT INTO clients_fts (clients_fts, rank) VALUES ('secure-delete', 1);
    INSERT INTO formulations_fts (formulations_fts, rank) VALUES ('secure-delete', 1);
    INSERT INTO hypotheses_fts (hypotheses_fts, rank) VALUES ('secure-delete', 1);
  `,
};
