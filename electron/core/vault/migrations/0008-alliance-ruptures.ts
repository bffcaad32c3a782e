import type { Migration } from './migration';

/**
 * The alliance per session (the clinician's goal, task and bond ratings, a client-rated
 * instrument's totals, numbers only, and a reflection) and ruptures with the steps of their
 * repair, each step at the session where it happened. Everything tied to a session goes with an
 * erased draft (ON DELETE CASCADE), except the session a rupture was resolved in, which is
 * forgotten (SET NULL). The checks repeat the contract's ranges, so no write can store a score
 * outside its scale or WAI-SR subscales that do not add up.
 */
export const migration: Migration = {
  version: 8,
  name: 'alliance ratings per session, ruptures and the steps of their repair',
  sql: `
    CREATE TABLE alliance_ratings (
      session_id   TEXT PRIMARY KEY NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
      client_id    TEXT NOT NULL REFERENCES clients (id),
      goal         INTEGER CHECK (goal BETWEEN 1 AND 7),
      task         INTEGER CHECK (task BETWEEN 1 AND 7),
      bond         INTEGER CHECK (bond BETWEEN 1 AND 7),
      instrument   TEXT CHECK (instrument IN ('srs', 'wai-sr')),
      client_total INTEGER,
      client_goal  INTEGER,
      client_task  INTEGER,
      client_bond  INTEGER,
      reflection   TEXT NOT NULL,
      updated_at   TEXT NOT NULL,
      CHECK (
        (instrument IS NULL AND client_total IS NULL AND client_goal IS NULL AND client_task IS NULL AND client_bond IS NULL)
        OR (instrument = 'srs' AND client_total BETWEEN 0 AND 40
            AND client_goal IS NULL AND client_task IS NULL AND client_bond IS NULL)
        OR (instrument = 'wai-sr' AND client_total BETWEEN 12 AND 60
            AND client_goal BETWEEN 4 AND 20 AND client_task BETWEEN 4 AND 20 AND client_bond BETWEEN 4 AND 20
            AND client_goal + client_task + client_bond = client_total)
      )
    ) STRICT;
    CREATE INDEX alliance_ratings_by_client ON alliance_ratings (client_id);

    CREATE TABLE ruptures (
      id                  TEXT PRIMARY KEY NOT NULL,
      client_id           TEXT NOT NULL REFERENCES clients (id),
      session_id          TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
      type                TEXT NOT NULL CHECK (type IN ('withdrawal', 'confrontation', 'both')),
      intensity           INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 5),
      markers             TEXT NOT NULL,
      strained            TEXT NOT NULL,
      strategies          TEXT NOT NULL,
      contribution        TEXT NOT NULL,
      exact               TEXT,
      prefix              TEXT,
      suffix              TEXT,
      position_start      INTEGER,
      position_end        INTEGER,
      outcome             TEXT NOT NULL CHECK (outcome IN ('unresolved', 'partlyResolved', 'resolved')),
      resolved_session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
      created_at          TEXT NOT NULL,
      updated_at          TEXT NOT NULL,
      CHECK (resolved_session_id IS NULL OR outcome = 'resolved')
    ) STRICT;
    CREATE INDEX ruptures_by_client ON ruptures (client_id);
    CREATE INDEX ruptures_by_session ON ruptures (session_id);
    CREATE INDEX ruptures_by_resolved_session ON ruptures (resolved_session_id) WHERE resolved_session_id IS NOT NULL;

    CREATE TABLE rupture_steps (
      rupture_id  TEXT NOT NULL REFERENCES ruptures (id) ON DELETE CASCADE,
      step        INTEGER NOT NULL CHECK (step >= 1),
      stage       TEXT NOT NULL,
      session_id  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (rupture_id, step)
    ) STRICT;
    CREATE INDEX rupture_steps_by_session ON rupture_steps (session_id);
  `,
};
