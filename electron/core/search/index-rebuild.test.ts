import { expect, it } from 'vitest';
import type { CoreEvent, JobProgress } from '@shared/api/events';
import { populateVault } from '../../../scripts/demo/populate';
import { testCore } from '../../../tests/support/core-client';
import { noteDoc } from '../../../tests/support/fixtures';
import { STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';

const tempDir = useTempDirs();

/** A vault with enough notes that a rebuild takes many slices. */
async function busyVault(notes = 3_000) {
  const dir = tempDir();
  populateVault(dir, STRONG_PASSPHRASE, { clients: 12, notes, words: 120 });
  const c = testCore(dir);
  const progress: JobProgress[] = [];
  c.core.subscribe((e: CoreEvent) => {
    if (e.type === 'job.progress') progress.push(e.payload);
  });
  await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
  return { c, progress };
}

/** Requests from the renderer arrive as separate events, each after the one before. */
const nextRequest = () => new Promise((resolve) => setImmediate(resolve));

it('keeps the door answering while it rebuilds, indexes what is written meanwhile, and reports progress', async () => {
  const { c, progress } = await busyVault();
  const [client] = await c.ok('clients.list', {});
  let finished = false;
  const rebuild = c.ok('search.rebuild', {}).then((v) => {
    finished = true;
    return v;
  });
  let answeredDuring = 0;
  let wroteDuring = false;
  while (!finished) {
    await nextRequest();
    await c.ok('clients.list', {});
    if (!finished) answeredDuring++;
    if (!wroteDuring && progress.some((p) => p.done > 0)) {
      const s = await c.ok('sessions.create', {
        clientId: client!.id,
        doc: noteDoc('Zebrafinken kom tilbake i drømmen.'),
      });
      await c.ok('sessions.saveNote', {
        id: s.id,
        doc: noteDoc('Zebrafinken og kolibrien kom tilbake.'),
        revision: s.revision,
      });
      wroteDuring = !finished;
    }
  }
  expect(await rebuild).toEqual({
    rebuilt: ['notes_fts', 'notes_docs', 'addenda_fts', 'clients_fts', 'formulations_fts', 'hypotheses_fts'],
  });
  expect(wroteDuring).toBe(true);
  expect(answeredDuring).toBeGreaterThan(3);
  expect((await c.ok('search.query', { q: 'kolibrien' })).total).toBe(1);
  expect((await c.ok('search.query', { q: 'drømmen' })).total).toBe(0);
  expect(await c.ok('search.check')).toEqual({ ok: true, problems: [] });

  const running = progress.filter((p) => p.state === 'running');
  expect(running.some((p) => p.done > 0 && p.done < p.total)).toBe(true);
  expect(running.map((p) => p.done)).toEqual([...running.map((p) => p.done)].sort((a, b) => a - b));
  expect(progress.at(-1)).toMatchObject({ state: 'done', kind: 'search.rebuild' });
  expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
  // Again, on the indexes the first rebuild made.
  expect((await c.ok('search.rebuild', {})).rebuilt).toHaveLength(6);
  expect(await c.ok('search.check')).toEqual({ ok: true, problems: [] });
  expect((await c.ok('search.query', { q: 'kolibrien' })).total).toBe(1);
  c.close();
});

it('cancelled, it leaves the old index in use and nothing half built', async () => {
  const { c, progress } = await busyVault();
  const rebuild = c.core.dispatch('search.rebuild', {});
  while (!progress.some((p) => p.done > 0)) await nextRequest();
  const jobId = progress[0]!.jobId;
  expect(await c.ok('jobs.cancel', { jobId })).toEqual({ cancelled: true });
  const answer = await rebuild;
  expect(answer.ok ? 'ok' : answer.error.code).toBe('CANCELLED');
  expect(progress.at(-1)?.state).toBe('cancelled');
  expect(await c.ok('search.check')).toEqual({ ok: true, problems: [] });
  expect((await c.ok('search.query', { q: 'terapeut*' })).total).toBeGreaterThan(0);
  c.close();
});

it('a lock in the middle stops it; the next unlock drops what was half built', async () => {
  const { c, progress } = await busyVault();
  const rebuild = c.core.dispatch('search.rebuild', {});
  while (!progress.some((p) => p.done > 0)) await nextRequest();
  await c.ok('vault.lock');
  const answer = await rebuild;
  expect(answer.ok).toBe(false);
  await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
  expect(await c.ok('search.check')).toEqual({ ok: true, problems: [] });
  // A full rebuild still works afterwards.
  expect((await c.ok('search.rebuild', {})).rebuilt).toHaveLength(6);
  c.close();
});
