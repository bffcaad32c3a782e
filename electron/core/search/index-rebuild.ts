import type { Job } from '../jobs/job-runner';
import type { Db } from '../vault/sqlcipher';

/** One full-text index and the table its text comes from (external content, keyed by seq). */
export interface IndexSource {
  fts: string;
  table: string;
  /** The indexed columns, in the index's order. */
  columns: readonly string[];
  /** The columns whose change changes the index (its update trigger's `OF` list). */
  updated: readonly string[];
}

export const INDEX_SOURCES: readonly IndexSource[] = [
  { fts: 'notes_fts', table: 'sessions', columns: ['note_text', 'client_key'], updated: ['note_text'] },
  { fts: 'notes_docs', table: 'sessions', columns: ['note_text'], updated: ['note_text'] },
  { fts: 'addenda_fts', table: 'addenda', columns: ['text'], updated: ['text'] },
  { fts: 'clients_fts', table: 'clients', columns: ['name', 'pseudonym'], updated: ['name', 'pseudonym'] },
  { fts: 'formulations_fts', table: 'formulation_sections', columns: ['text'], updated: ['text'] },
  { fts: 'hypotheses_fts', table: 'hypotheses', columns: ['rationale_text'], updated: ['rationale_text'] },
];

const NEXT = '_next';
const OLD = '_old';
/**
 * A slice aims at this long a hold of the connection. FTS5's own merging at commit makes some
 * slices several times longer than others, so the aim is well below what a request may wait.
 */
const SLICE_TARGET_MS = 8;
const FIRST_SLICE_ROWS = 20;
const MAX_SLICE_ROWS = 2_000;
/** Indexes a previous rebuild left half built or half erased (the vault locked under it, say). */
export function dropUnfinishedRebuilds(db: Db): void {
  for (const { fts } of INDEX_SOURCES) {
    dropReplaced(db, `${fts}${NEXT}`);
    dropReplaced(db, `${fts}${OLD}`);
  }
}

/**
 * Drops the index a rebuild replaced. With secure_delete=ON, SQLite overwrites every freed page
 * at once (0.4 s for a 30 MB index, holding the vault); FAST frees them in milliseconds. The pages
 * stay encrypted like every page of the vault, are reused by later writes, and held an index of
 * the text the vault still holds.
 */
function dropReplaced(db: Db, table: string): void {
  const mode = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = FAST');
  try {
    db.exec(`DROP TABLE IF EXISTS ${table}`);
  } finally {
    db.pragma(`secure_delete = ${mode}`);
  }
}

/**
 * Rebuilds one index without taking the vault from the clinician: a new index is built beside the
 * old one in slices, each its own short transaction, with the door answering in between. Writes
 * meanwhile reach the old index through its triggers, and the rows the new one already holds
 * through temporary triggers that follow the copy's progress. Only the last step, in one
 * transaction, puts the new index in the old one's place; until then (a cancel, a lock, a crash)
 * the old index is the one in use, and what was half built is dropped.
 */
export async function rebuildIndex(
  db: Db,
  source: IndexSource,
  job: Job,
  report: (rows: number) => void,
): Promise<void> {
  const { fts, table, columns, updated } = source;
  const next = `${fts}${NEXT}`;
  const created = db
    .prepare<[string], string>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
    .pluck()
    .get(fts);
  if (!created) throw new Error(`The search index ${fts} is missing.`);
  const triggers = db
    .prepare<[string, string], string>(
      `SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE ? ESCAPE '\\'`,
    )
    .pluck()
    .all(table, `${fts.replace(/_/g, '\\_')}\\_a_`);
  const list = columns.join(', ');
  const values = (row: 'new' | 'old') => columns.map((c) => `${row}.${c}`).join(', ');
  const watch = `(SELECT upto FROM temp.rebuild_mark WHERE fts = '${fts}')`;

  const cleanUp = () => {
    db.exec(
      `DROP TRIGGER IF EXISTS temp.${next}_ai; DROP TRIGGER IF EXISTS temp.${next}_ad; DROP TRIGGER IF EXISTS temp.${next}_au;`,
    );
    db.exec(`DELETE FROM temp.rebuild_mark WHERE fts = '${fts}'`);
  };

  db.transaction(() => {
    dropReplaced(db, next);
    // After a rebuild SQLite keeps the renamed table's name quoted: CREATE VIRTUAL TABLE "notes_fts".
    const renamed = created.replace(
      new RegExp(`^CREATE VIRTUAL TABLE\\s+(["'\`]?)${fts}\\1(?=\\s)`),
      `CREATE VIRTUAL TABLE ${next}`,
    );
    if (renamed === created) throw new Error(`The search index ${fts} has an unexpected definition.`);
    db.exec(renamed);
    // Options live in the index's own config table, not in its definition: carried over one by one.
    db.exec(`INSERT INTO ${next} (${next}, rank) VALUES ('secure-delete', 1)`);
    db.exec('CREATE TEMP TABLE IF NOT EXISTS rebuild_mark (fts TEXT PRIMARY KEY, upto INTEGER NOT NULL)');
    db.prepare('INSERT OR REPLACE INTO temp.rebuild_mark (fts, upto) VALUES (?, 0)').run(fts);
    const remove = `INSERT INTO ${next} (${next}, rowid, ${list}) VALUES ('delete', old.seq, ${values('old')});`;
    const add = `INSERT INTO ${next} (rowid, ${list}) VALUES (new.seq, ${values('new')});`;
    db.exec(`
      CREATE TEMP TRIGGER ${next}_ai AFTER INSERT ON main.${table} WHEN new.seq <= ${watch} BEGIN ${add} END;
      CREATE TEMP TRIGGER ${next}_ad AFTER DELETE ON main.${table} WHEN old.seq <= ${watch} BEGIN ${remove} END;
      CREATE TEMP TRIGGER ${next}_au AFTER UPDATE OF ${updated.join(', ')} ON main.${table} WHEN old.seq <= ${watch}
        BEGIN ${remove} ${add} END;`);
  })();

  const copy = db.prepare<{ after: number; limit: number }, { seq: number }>(
    `INSERT INTO ${next} (rowid, ${list}) SELECT seq, ${list} FROM ${table} WHERE seq > @after ORDER BY seq LIMIT @limit RETURNING rowid AS seq`,
  );
  const mark = db.prepare<[number, string]>('UPDATE temp.rebuild_mark SET upto = ? WHERE fts = ?');
  let after = 0;
  let rows = FIRST_SLICE_ROWS;
  try {
    for (;;) {
      const started = performance.now();
      const copied = db.transaction(() => {
        const done = copy.all({ after, limit: rows });
        const last = done.reduce((max, r) => Math.max(max, r.seq), after);
        mark.run(last, fts);
        return { count: done.length, last };
      })();
      after = copied.last;
      report(copied.count);
      if (copied.count < rows) break;
      const took = performance.now() - started;
      // Damped: one slow commit (a merge) must not swing the next slice far either way.
      const aim = Math.round((rows * SLICE_TARGET_MS) / Math.max(took, 1));
      rows = Math.min(MAX_SLICE_ROWS, Math.max(10, Math.round(rows / 1.5), Math.min(aim, Math.round(rows * 1.25))));
      await job.pause();
    }
    await job.pause();
    db.transaction(() => {
      cleanUp();
      for (const name of ['ai', 'ad', 'au']) db.exec(`DROP TRIGGER IF EXISTS ${fts}_${name}`);
      db.exec(`ALTER TABLE ${fts} RENAME TO ${fts}${OLD}`);
      db.exec(`ALTER TABLE ${next} RENAME TO ${fts}`);
      for (const sql of triggers) db.exec(sql);
      dropReplaced(db, `${fts}${OLD}`);
    })();
  } catch (err) {
    try {
      db.transaction(() => {
        cleanUp();
        dropReplaced(db, next);
      })();
    } catch {
      // The vault closed under the job: the half-built index is dropped at the next unlock.
    }
    throw err;
  }
}

/** Rows to index in all, for progress. */
export function rowsToIndex(db: Db): number {
  let total = 0;
  for (const { table } of INDEX_SOURCES)
    total += db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;
  return total;
}
