import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { CoreEvent, JobProgress } from '@shared/api/events';
import { AppError } from '../errors';

type JobKind = JobProgress['kind'];

/** What a long job is handed: where to report, and whether it has been asked to stop. */
export interface Job {
  readonly id: string;
  readonly signal: AbortSignal;
  /** Reports progress; events go out at most every PROGRESS_INTERVAL_MS, the last one always. */
  progress(done: number, total: number, phase: string): void;
  /**
   * Lets other requests through (the door keeps answering while a job runs), then throws
   * CANCELLED if the job was asked to stop. Call it between slices of work, never inside a
   * transaction that must not be split.
   */
  pause(): Promise<void>;
}

export const PROGRESS_INTERVAL_MS = 100;

export const cancelled = (): AppError =>
  new AppError('CANCELLED', 'The work was cancelled. Nothing was left half done.');

/** Runs long work in slices, reports its progress as events, and cancels it on request. */
export class JobRunner {
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly emit: (event: CoreEvent) => void,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  async run<T>(kind: JobKind, work: (job: Job) => Promise<T>): Promise<T> {
    const id = randomUUID();
    const controller = new AbortController();
    this.running.set(id, controller);
    let last: Omit<JobProgress, 'state'> = { jobId: id, kind, done: 0, total: 0, phase: 'start' };
    let sentAt = -Infinity;
    const send = (state: JobProgress['state']) => {
      sentAt = this.clock();
      this.emit({ type: 'job.progress', payload: { ...last, state } });
    };
    const job: Job = {
      id,
      signal: controller.signal,
      progress: (done, total, phase) => {
        last = { jobId: id, kind, done: Math.max(0, Math.round(done)), total: Math.max(0, Math.round(total)), phase };
        if (this.clock() - sentAt >= PROGRESS_INTERVAL_MS) send('running');
      },
      pause: async () => {
        await nextTurn();
        if (controller.signal.aborted) throw cancelled();
      },
    };
    send('running');
    try {
      const result = await work(job);
      send('done');
      return result;
    } catch (err) {
      send(controller.signal.aborted ? 'cancelled' : 'failed');
      throw err;
    } finally {
      this.running.delete(id);
    }
  }

  /** Asks a job to stop at its next pause; false when no such job is running. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  /** The vault is closing: every job stops at its next pause. */
  cancelAll(): void {
    for (const controller of this.running.values()) controller.abort();
  }
}
