import type { Migration } from './migration';

export const migration: Migration = {
  version: 1,
  name: 'settings',
  sql: `
        CREATE TABLE settings (
          key   TEXT PRIMARY KEY NOT NULL,
          value TEXT NOT NULL
        ) STRICT;
      `,
};
