import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { CIPHER_PRAGMAS } from './sqlcipher';

/**
 * Whole-file work that must never hold the door: a backup (VACUUM INTO, then the copy opened and
 * checked), the check of a file (a backup before it is restored) and the background check of a
 * large vault after unlock. Each runs once on a thread of its own with its own connection.
 */
export type VaultTask =
  { op: 'backup'; path: string; target: string } | { op: 'verify'; path: string } | { op: 'check'; path: string };

export type VaultTaskOutcome =
  | { ok: true; userVersion: number }
  | { ok: false; problem: 'wrongKey' | 'damaged' | 'full' | 'failed'; message: string };

/**
 * The thread's program, plain JavaScript in a string (as reader-thread.ts explains). The source
 * of a backup is opened read-write but never written: VACUUM INTO refuses under query_only, and
 * a read-write connection that happens to close last folds the WAL in and removes it, as the
 * core's own would have. The copy carries the source's key (VACUUM INTO without a key of its own).
 */
const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const Database = require(workerData.sqliteModule);
const task = workerData.task;
const closed = new Int32Array(workerData.closed);
const open = [];
const finish = (outcome) => {
  for (const db of open.splice(0)) { try { db.close(); } catch {} }
  Atomics.store(closed, 0, 1);
  Atomics.notify(closed, 0);
  parentPort.postMessage({ type: 'outcome', outcome });
};
const connect = (path, readonly) => {
  const db = new Database(path, { fileMustExist: true, readonly, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  open.push(db);
  for (const pragma of workerData.cipherPragmas) db.pragma(pragma);
  db.key(Buffer.from(workerData.key));
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    if (err && err.code === 'SQLITE_NOTADB') { const e = new Error('The passphrase does not open this file.'); e.wrongKey = true; throw e; }
    throw err;
  }
  db.pragma('temp_store = MEMORY');
  db.pragma('busy_timeout = 5000');
  return db;
};
const closeLast = () => { const db = open.pop(); if (db) db.close(); };
const checked = (db, pragma) => {
  const rows = db.pragma(pragma, { simple: false });
  const first = rows[0] && Object.values(rows[0])[0];
  if (rows.length !== 1 || first !== 'ok') {
    const e = new Error(String(first || 'The integrity check failed.').slice(0, 500));
    e.damaged = true;
    throw e;
  }
};
const fsyncFile = (path) => { const fd = fs.openSync(path, 'r'); try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); } };
try {
  let userVersion = 0;
  if (task.op === 'backup') {
    const source = connect(task.path, false);
    source.pragma('synchronous = FULL');
    parentPort.postMessage({ type: 'phase', phase: 'copy' });
    source.prepare('VACUUM INTO ?').run(task.target);
    closeLast();
    parentPort.postMessage({ type: 'phase', phase: 'verify' });
    const copy = connect(task.target, false);
    // A backup needs no WAL beside it: any SQLCipher tool opens it, read-only media too.
    copy.pragma('journal_mode = DELETE');
    checked(copy, 'integrity_check');
    userVersion = copy.pragma('user_version', { simple: true });
    closeLast();
    fsyncFile(task.target);
  } else {
    const db = connect(task.path, task.op === 'check');
    checked(db, task.op === 'check' ? 'quick_check' : 'integrity_check');
    userVersion = db.pragma('user_version', { simple: true });
    closeLast();
  }
  finish({ ok: true, userVersion });
} catch (err) {
  const code = String((err && err.code) || '');
  const problem = err && err.wrongKey ? 'wrongKey'
    : err && err.damaged || code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' ? 'damaged'
    : code.startsWith('SQLITE_FULL') || code === 'ENOSPC' ? 'full'
    : 'failed';
  finish({ ok: false, problem, message: String((err && err.message) || err) });
}
`;

export interface VaultWorkerRun {
  /** Resolves when the task is done; never rejects. */
  outcome: Promise<VaultTaskOutcome>;
  /** Ends the task early; resolves once the thread (and so its connections) has ended. */
  stop(): Promise<void>;
  /** Whether the thread's connections are closed. */
  closed(): boolean;
}

/** Runs one task on its own thread with its own keyed connection. */
export function runVaultTask(
  task: VaultTask,
  passphrase: string,
  options: { nativeBinding?: string; onPhase?: (phase: string) => void } = {},
): VaultWorkerRun {
  const closedBuffer = new SharedArrayBuffer(4);
  const closedFlag = new Int32Array(closedBuffer);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      sqliteModule: createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers'),
      cipherPragmas: CIPHER_PRAGMAS,
      // The passphrase's bytes, never SQL text (see applyKey).
      key: new Uint8Array(Buffer.from(passphrase, 'utf8')),
      nativeBinding: options.nativeBinding,
      task,
      closed: closedBuffer,
    },
  });
  worker.unref();
  let exited = false;
  const exit = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  void exit.then(() => (exited = true));
  const outcome = new Promise<VaultTaskOutcome>((resolve) => {
    worker.on('message', (m: { type: 'phase'; phase: string } | { type: 'outcome'; outcome: VaultTaskOutcome }) => {
      if (m.type === 'phase') options.onPhase?.(m.phase);
      else resolve(m.outcome);
    });
    worker.once('error', (err) => resolve({ ok: false, problem: 'failed', message: err.message }));
    void exit.then(() => resolve({ ok: false, problem: 'failed', message: 'The work was stopped.' }));
  });
  return {
    outcome,
    stop: async () => {
      if (!exited) await worker.terminate();
      await exit;
    },
    closed: () => exited || Atomics.load(closedFlag, 0) === 1,
  };
}
