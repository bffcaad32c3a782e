import { expect, it } from 'vitest';
import type { CoreEvent, JobProgress } from '@shared/api/events';
import { AppError } from '../errors';
import { JobRunner } from './job-runner';

function runner() {
  const events: JobProgress[] = [];
  let clock = 0;
  const jobs = new JobRunner(
    (e: CoreEvent) => {
      if (e.type === 'job.progress') events.push(e.payload);
    },
    () => clock,
  );
  return { jobs, events, tick: (ms: number) => (clock += ms) };
}

it('reports progress, at most every 100 ms, and always the end', async () => {
  const { jobs, events, tick } = runner();
  const result = await jobs.run('search.rebuild', async (job) => {
    for (let i = 1; i <= 10; i++) {
      tick(30);
      job.progress(i, 10, 'notes');
      await job.pause();
    }
    return 'built';
  });
  expect(result).toBe('built');
  expect(events[0]).toMatchObject({ state: 'running', done: 0 });
  expect(events.at(-1)).toMatchObject({ state: 'done', done: 10, total: 10, phase: 'notes' });
  // 300 ms of work: the start, three or four progress events, the end.
  expect(events.length).toBeLessThanOrEqual(6);
  expect(new Set(events.map((e) => e.jobId)).size).toBe(1);
});

it('cancels at the next pause, answering CANCELLED, and says so in its last event', async () => {
  const { jobs, events } = runner();
  let slices = 0;
  const running = jobs.run('search.rebuild', async (job) => {
    for (;;) {
      slices++;
      await job.pause();
    }
  });
  await new Promise((r) => setImmediate(r));
  const jobId = events[0]?.jobId ?? '';
  expect(jobs.cancel(jobId)).toBe(true);
  await expect(running).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'CANCELLED');
  expect(events.at(-1)?.state).toBe('cancelled');
  expect(slices).toBeLessThan(5);
  expect(jobs.cancel(jobId)).toBe(false);
});

it('a job that fails says so', async () => {
  const { jobs, events } = runner();
  await expect(
    jobs.run('search.rebuild', () => {
      throw new Error('disk');
    }),
  ).rejects.toThrow('disk');
  expect(events.at(-1)?.state).toBe('failed');
});
