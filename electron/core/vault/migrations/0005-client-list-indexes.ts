import type { Migration } from './migration';

export const migration: Migration = {
  version: 5,
  name: "indexes for the client list's last session and unsigned notes",
  sql: `
        CREATE INDEX sessions_live_by_client ON sessions (client_id, starts_at) WHERE deleted_at IS NULL;
        CREATE INDEX sessions_unsigned_by_client ON sessions (client_id) WHERE signed_at IS NULL AND deleted_at IS NULL;
      `,
};
