import { utilityProcess, type UtilityProcess } from 'electron';
import type { Result } from '@shared/api/errors';
import type { CoreEvent, JobProgress } from '@shared/api/events';
import { parseCoreEventMessage, parseCoreReply, type CoreRequest } from './core-protocol';

const CRASHED =
  'The part of Trygg that keeps your records stopped unexpectedly and has been restarted. ' +
  'Your last action may not have been saved. If your vault was open, it is now locked: unlock it to go on.';
const GAVE_UP =
  'The part of Trygg that keeps your records keeps stopping, so Trygg has stopped restarting it. ' +
  'Please quit Trygg and open it again.';
const CLOSING = 'Trygg is closing.';

// More crashes than this within the window means restarting will not help.
const MAX_CRASHES = 3;
const CRASH_WINDOW_MS = 60_000;

// Omit spread over the union, so each kind keeps its own fields; the relay assigns the id.
type WithoutId<R> = R extends CoreRequest ? Omit<R, 'id'> : never;
type RequestBody = WithoutId<CoreRequest>;

export interface CoreRelayOptions {
  /** out/main/core.js */
  scriptPath: string;
  /** The utility process's environment, carrying the data directory and native binding. */
  env: Record<string, string>;
  log: (message: string) => void;
  /** The core's events (locks, job progress), for main to pass on to the window. */
  onEvent?: (event: CoreEvent) => void;
  /** macOS: start the core through the helper that may load unsigned libraries (see unsigned-libraries.ts). */
  allowLoadingUnsignedLibraries?: boolean;
}

const internal = (message: string): Result<never> => ({ ok: false, error: { code: 'INTERNAL', message } });

/**
 * Owns the core's utility process: forwards requests, matches replies by id, and restarts the
 * process if it dies, answering whatever was in flight in plain words rather than hanging.
 */
export class CoreRelay {
  private child: UtilityProcess | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();
  private crashes: number[] = [];
  private gaveUp = false;
  private stopping = false;
  /** Jobs the core reported running, so a crash can tell the window they failed. */
  private readonly runningJobs = new Map<string, JobProgress>();

  constructor(private readonly options: CoreRelayOptions) {}

  start(): void {
    this.spawn();
  }

  call(method: string, input: unknown): Promise<Result<unknown>> {
    return this.send({ kind: 'call', method, input });
  }

  lock(): Promise<Result<unknown>> {
    return this.send({ kind: 'lock' });
  }

  /** Asks the core to close the vault, waits at most `timeoutMs`, then ends the process. */
  async close(timeoutMs: number): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([this.send({ kind: 'close' }), timeout]);
    clearTimeout(timer);
    if (this.child === child) child.kill();
  }

  private send(body: RequestBody): Promise<Result<unknown>> {
    const child = this.child;
    if (!child) return Promise.resolve(internal(this.gaveUp ? GAVE_UP : CLOSING));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      // Electron queues messages until the process has started, so no wait for 'spawn'.
      child.postMessage({ ...body, id });
    });
  }

  private spawn(): void {
    const child = utilityProcess.fork(this.options.scriptPath, [], {
      env: this.options.env,
      serviceName: 'Trygg core',
      stdio: 'inherit',
      allowLoadingUnsignedLibraries: this.options.allowLoadingUnsignedLibraries ?? false,
    });
    child.on('message', (data: unknown) => {
      const event = parseCoreEventMessage(data);
      if (event) return this.relayEvent(event);
      const reply = parseCoreReply(data);
      if (!reply) return this.options.log('Ignored a malformed message from the core.');
      const resolve = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      resolve?.(reply.result);
    });
    child.on('exit', (code) => this.onExit(child, code));
    this.child = child;
  }

  private onExit(child: UtilityProcess, code: number): void {
    if (child !== this.child) return;
    // Never post to a process that has gone: drop it before anything else can.
    this.child = undefined;
    if (this.stopping) return this.answerPending(CLOSING);
    this.options.log(`The core process exited unexpectedly (code ${code}).`);
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    this.gaveUp = this.crashes.length > MAX_CRASHES;
    this.answerPending(this.gaveUp ? GAVE_UP : CRASHED);
    // The process took the open vault and its jobs with it: the window must show the lock.
    for (const job of [...this.runningJobs.values()]) {
      this.relayEvent({ type: 'job.progress', payload: { ...job, state: 'failed' } });
    }
    this.relayEvent({ type: 'vault.locked', payload: {} });
    if (!this.gaveUp) this.spawn();
  }

  private relayEvent(event: CoreEvent): void {
    if (event.type === 'job.progress') {
      if (event.payload.state === 'running') this.runningJobs.set(event.payload.jobId, event.payload);
      else this.runningJobs.delete(event.payload.jobId);
    }
    this.options.onEvent?.(event);
  }

  private answerPending(message: string): void {
    for (const resolve of this.pending.values()) resolve(internal(message));
    this.pending.clear();
  }
}
