import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { CIPHER_PRAGMAS } from './sqlcipher';

export interface ReadStatement {
  sql: string;
  params: Record<string, unknown>;
}

export interface ReaderStart {
  path: string;
  passphrase: string;
  nativeBinding?: string;
}

type Reply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string; code?: string };

/**
 * The thread's whole program. It is plain JavaScript in a string, so it runs the same under the
 * build, the test runner and tsx; it loads the SQLite module from the path the core resolved.
 * It only reads: query_only refuses any write.
 */
const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqliteModule);
const closed = new Int32Array(workerData.closed);
let db;
const done = () => {
  try { if (db) db.close(); } catch {}
  db = undefined;
  Atomics.store(closed, 0, 1);
  Atomics.notify(closed, 0);
};
try {
  db = new Database(workerData.path, { fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  for (const pragma of workerData.cipherPragmas) db.pragma(pragma);
  db.key(Buffer.from(workerData.key));
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  db.pragma('query_only = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('busy_timeout = 5000');
  parentPort.postMessage({ type: 'ready' });
} catch (err) {
  done();
  parentPort.postMessage({ type: 'failed', message: String(err && err.message) });
}
const statements = new Map();
const prepared = (sql) => {
  let s = statements.get(sql);
  if (!s) { s = db.prepare(sql); statements.set(sql, s); }
  return s;
};
parentPort.on('message', (m) => {
  if (m.op === 'close') { done(); parentPort.close(); return; }
  try {
    if (!db) throw new Error('The reader is closed.');
    let value;
    if (m.op === 'sum') {
      value = 0;
      for (const s of m.statements) value += prepared(s.sql).pluck().get(s.params);
    } else {
      value = prepared(m.statements[0].sql).raw().all(m.statements[0].params);
    }
    parentPort.postMessage({ type: 'result', id: m.id, value });
  } catch (err) {
    parentPort.postMessage({ type: 'error', id: m.id, message: String(err && err.message), code: err && err.code });
  }
});
`;

/** How long lock waits for the reader to close its connection before it ends the thread. */
const CLOSE_WAIT_MS = 5_000;

export class ReaderError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * A second, read-only connection to the open vault on a thread of its own, so a slow read (the
 * total count of a broad search) runs on the other core while the main thread ranks and builds
 * snippets. It sees what the main connection has committed (WAL). Until it is ready, or once it
 * has failed, callers do the work on the main connection themselves: it only ever saves time.
 */
export class ReaderThread {
  private worker: Worker | undefined;
  private closed: Int32Array | undefined;
  private isReady = false;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readyWaiters: Array<(ready: boolean) => void> = [];

  /** `onFailure` hears why a started reader stopped serving (not a stop() asked for). */
  constructor(private readonly onFailure?: (message: string) => void) {}

  start(options: ReaderStart): void {
    this.stop();
    const closed = new SharedArrayBuffer(4);
    this.closed = new Int32Array(closed);
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        sqliteModule: createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers'),
        path: options.path,
        cipherPragmas: CIPHER_PRAGMAS,
        // The passphrase's bytes, never SQL text (see applyKey).
        key: new Uint8Array(Buffer.from(options.passphrase, 'utf8')),
        nativeBinding: options.nativeBinding,
        closed,
      },
    });
    // Never keeps the process alive on its own.
    worker.unref();
    this.worker = worker;
    worker.on('message', (reply: Reply) => this.onReply(worker, reply));
    worker.on('error', (err) => this.fail(worker, err.message));
    worker.on('exit', () => this.fail(worker, 'The reader thread ended.'));
  }

  get ready(): boolean {
    return this.isReady;
  }

  /** Resolves true once the reader answers, false if it failed or was stopped first. */
  whenReady(): Promise<boolean> {
    if (this.isReady) return Promise.resolve(true);
    if (!this.worker) return Promise.resolve(false);
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** The sum of the single numbers the statements answer, or undefined when the reader is not ready. */
  sum(statements: ReadStatement[]): Promise<number> | undefined {
    return this.request('sum', statements) as Promise<number> | undefined;
  }

  /** Every row a statement answers, as arrays of column values, or undefined when not ready. */
  rows(statement: ReadStatement): Promise<unknown[][]> | undefined {
    return this.request('rows', [statement]) as Promise<unknown[][]> | undefined;
  }

  /**
   * Closes the reader's connection before returning, so the vault file can be renamed or its
   * WAL checkpointed by the main connection's close; pending requests are rejected.
   */
  stop(): void {
    const worker = this.worker;
    const closed = this.closed;
    if (!worker || !closed) return;
    this.worker = undefined;
    this.closed = undefined;
    worker.postMessage({ op: 'close' });
    Atomics.wait(closed, 0, 0, CLOSE_WAIT_MS);
    void worker.terminate();
    this.settle(false, 'The vault was locked.');
  }

  private request(op: 'sum' | 'rows', statements: ReadStatement[]): Promise<unknown> | undefined {
    const worker = this.worker;
    if (!worker || !this.isReady) return undefined;
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ op, id, statements });
    });
  }

  private onReply(worker: Worker, reply: Reply): void {
    if (worker !== this.worker) return;
    switch (reply.type) {
      case 'ready':
        this.isReady = true;
        for (const waiter of this.readyWaiters.splice(0)) waiter(true);
        return;
      case 'failed':
        this.fail(worker, reply.message);
        return;
      case 'result':
        this.pending.get(reply.id)?.resolve(reply.value);
        this.pending.delete(reply.id);
        return;
      case 'error':
        this.pending.get(reply.id)?.reject(new ReaderError(reply.message, reply.code));
        this.pending.delete(reply.id);
    }
  }

  private fail(worker: Worker, message: string): void {
    if (worker !== this.worker) return;
    this.onFailure?.(message);
    this.worker = undefined;
    this.closed = undefined;
    void worker.terminate();
    this.settle(false, message);
  }

  private settle(ready: boolean, message: string): void {
    this.isReady = false;
    for (const waiter of this.readyWaiters.splice(0)) waiter(ready);
    for (const { reject } of this.pending.values()) reject(new ReaderError(message));
    this.pending.clear();
  }
}
