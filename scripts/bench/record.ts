import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core';
import { generateNotes } from '../demo/corpus-generator';
import type { Row } from './stats';

const PASSPHRASE = 'correct horse battery staple fjord';
const SESSIONS = 300;
const DOCUMENT_BYTES = 2 * 1024 * 1024;
const DOCUMENTS = 10;

/** A PDF-shaped file of the given size (the core checks the signature, not the content). */
const pdfOf = (bytes: number) =>
  Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(bytes - 16), Buffer.from('\n%%EOF\n')]);

/**
 * Runs one export or import in a process of its own, so its peak memory is its own: the time it
 * takes and how far its resident memory rose above where it stood before.
 */
function measured(
  step: 'export' | 'import',
  dataDir: string,
  clientId: string,
  path: string,
): { ms: number; peakRiseBytes: number } {
  const script = `
    const { createCore } = require('./electron/core');
    (async () => {
      const core = createCore({ dataDir: ${JSON.stringify(dataDir)} });
      const unlocked = await core.dispatch('vault.${step === 'export' ? 'unlock' : 'create'}', { passphrase: ${JSON.stringify(PASSPHRASE)} });
      if (!unlocked.ok) throw new Error(unlocked.error.message);
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
      const start = performance.now();
      const result = ${step === 'export' ? `await core.dispatch('export.client', { clientId: ${JSON.stringify(clientId)}, path: ${JSON.stringify(path)} })` : `await core.dispatch('import.client', { path: ${JSON.stringify(path)} })`};
      const ms = performance.now() - start;
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
      if (!result.ok) throw new Error(result.error.message);
      core.close();
      console.log(JSON.stringify({ ms, peakRiseBytes: peak - before }));
    })().catch((err) => { console.error(err); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', script], {
    cwd: join(__dirname, '..', '..'),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`The ${step} step failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as { ms: number; peakRiseBytes: number };
}

/** Export and import of a client with 300 sessions of full notes and 20 MB of documents. */
export async function benchRecord(): Promise<Row[]> {
  const from = mkdtempSync(join(tmpdir(), 'trygg-bench-record-'));
  const to = mkdtempSync(join(tmpdir(), 'trygg-bench-record-in-'));
  try {
    const core = createCore({ dataDir: from });
    await core.dispatch('vault.create', { passphrase: PASSPHRASE });
    const created = await core.dispatch('clients.create', { name: 'Benchmark Klient' });
    if (!created.ok) throw new Error(created.error.message);
    const clientId = (created.value as { id: string }).id;
    for (const note of generateNotes(SESSIONS, 1)) {
      const s = await core.dispatch('sessions.create', { clientId, startsAt: note.startsAt, doc: note.doc });
      if (!s.ok) throw new Error(s.error.message);
    }
    for (let i = 0; i < DOCUMENTS; i++) {
      const added = await core.dispatch('documents.add', {
        clientId,
        fileName: `scan-${i}.pdf`,
        mimeType: 'application/pdf',
        dataBase64: pdfOf(DOCUMENT_BYTES).toString('base64'),
      });
      if (!added.ok) throw new Error(added.error.message);
    }
    core.close();

    const archive = join(to, 'record.zip');
    const out = measured('export', from, clientId, archive);
    const archiveBytes = statSync(archive).size;
    const back = measured('import', join(to, 'vault'), clientId, archive);
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    const ratio = (n: number) => n / archiveBytes;
    return [
      {
        benchmark: `export a client (${SESSIONS} sessions, ${mb(DOCUMENT_BYTES * DOCUMENTS)} of documents): time / peak memory`,
        figure: `${(out.ms / 1000).toFixed(2)} s / +${mb(out.peakRiseBytes)}`,
        baseline: `archive ${mb(archiveBytes)}`,
        ratio: `memory ${ratio(out.peakRiseBytes).toFixed(2)}x archive`,
        target: '< 5 s, memory < 3x archive',
        met: out.ms < 5000 && ratio(out.peakRiseBytes) < 3,
      },
      {
        benchmark: 'import that archive into a fresh vault: time / peak memory',
        figure: `${(back.ms / 1000).toFixed(2)} s / +${mb(back.peakRiseBytes)}`,
        baseline: `archive ${mb(archiveBytes)}`,
        ratio: `memory ${ratio(back.peakRiseBytes).toFixed(2)}x archive`,
        target: '< 5 s, memory < 3x archive',
        met: back.ms < 5000 && ratio(back.peakRiseBytes) < 3,
      },
    ];
  } finally {
    rmSync(from, { recursive: true, force: true });
    rmSync(to, { recursive: true, force: true });
  }
}
