import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { createCore } from '../../electron/core';
import { generateNotes } from '../demo/corpus-generator';
import type { Row } from './stats';

const PASSPHRASE = 'correct horse battery staple fjord';
const MB = 1024 * 1024;

/** A client's record as the benchmark makes it: its sessions' count and length, its documents. */
interface RecordShape {
  name: string;
  sessions: number;
  words: number;
  documents: number;
  documentBytes: number;
  /** The targets it is held to: the issue's client has the time target too; notes alone have none. */
  target: 'time and memory' | 'memory' | 'none';
}

/**
 * The issue's client (300 sessions of full notes, 20 MB of documents), and others, since a memory
 * target met on one shape of record is not met: many short notes (thousands of parts to read,
 * check and write one by one), and a few very long notes beside large documents (each document
 * is held whole while SQLite writes it). A record of notes alone is shown without a target: its
 * archive is small (text compresses several times over), so the fixed part of any import's
 * memory (the JavaScript heap's young generation, SQLite's cache) is many times its size; what it
 * shows is that memory does not grow with record.json, which is read one part at a time.
 */
const SHAPES: RecordShape[] = [
  {
    name: 'the issue’s client',
    sessions: 300,
    words: 300,
    documents: 10,
    documentBytes: 2 * MB,
    target: 'time and memory',
  },
  { name: 'many short notes', sessions: 3000, words: 60, documents: 10, documentBytes: 2 * MB, target: 'memory' },
  {
    name: 'few huge notes + documents',
    sessions: 12,
    words: 25_000,
    documents: 3,
    documentBytes: 8 * MB,
    target: 'memory',
  },
  { name: 'notes alone', sessions: 4000, words: 120, documents: 0, documentBytes: 0, target: 'none' },
];

/** A PDF-shaped file of the given size (the core checks the signature, not the content). */
const pdfOf = (bytes: number) =>
  Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(bytes - 16), Buffer.from('\n%%EOF\n')]);

interface Measured {
  ms: number;
  peakRiseBytes: number;
  /** How the peak was found: the kernel's exact high-water mark, or sampling (other systems). */
  exact: boolean;
}

/**
 * Runs one export or import in a process of its own, so its peak memory is its own: the time it
 * takes and how far its resident memory rose above where it stood before. On Linux the kernel's
 * high-water mark (VmHWM) is reset just before the step (/proc/self/clear_refs), so the peak is
 * exact, and nothing the process did before the step (opening the vault) counts. Elsewhere the
 * resident size is sampled every 5 ms, and the process's lifetime peak is taken too: that can
 * only overstate the rise, never hide it.
 */
function measured(step: 'export' | 'import', dataDir: string, clientId: string, path: string): Measured {
  const script = `
    const { readFileSync, writeFileSync } = require('node:fs');
    const { createCore } = require('./electron/core');
    const highWater = () => {
      try {
        const found = /^VmHWM:\\s+(\\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
        return found ? Number(found[1]) * 1024 : null;
      } catch {
        return null;
      }
    };
    (async () => {
      const core = createCore({ dataDir: ${JSON.stringify(dataDir)} });
      const unlocked = await core.dispatch('vault.${step === 'export' ? 'unlock' : 'create'}', { passphrase: ${JSON.stringify(PASSPHRASE)} });
      if (!unlocked.ok) throw new Error(unlocked.error.message);
      global.gc();
      let exact = false;
      try {
        writeFileSync('/proc/self/clear_refs', '5');
        exact = highWater() !== null;
      } catch {}
      const before = process.memoryUsage().rss;
      let peak = before;
      const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
      const start = performance.now();
      const result = ${step === 'export' ? `await core.dispatch('export.client', { clientId: ${JSON.stringify(clientId)}, path: ${JSON.stringify(path)} })` : `await core.dispatch('import.client', { path: ${JSON.stringify(path)} })`};
      const ms = performance.now() - start;
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss, exact ? highWater() : process.resourceUsage().maxRSS * 1024);
      if (!result.ok) throw new Error(result.error.message);
      core.close();
      console.log(JSON.stringify({ ms, peakRiseBytes: peak - before, exact }));
    })().catch((err) => { console.error(err); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', script], {
    cwd: join(__dirname, '..', '..'),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`The ${step} step failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as Measured;
}

/** A vault with one client of the given shape; answers the client's id. */
async function makeClient(dataDir: string, shape: RecordShape): Promise<string> {
  const core = createCore({ dataDir });
  try {
    await core.dispatch('vault.create', { passphrase: PASSPHRASE });
    const created = await core.dispatch('clients.create', { name: 'Benchmark Klient' });
    if (!created.ok) throw new Error(created.error.message);
    const clientId = (created.value as { id: string }).id;
    for (const note of generateNotes(shape.sessions, 1, shape.words)) {
      const s = await core.dispatch('sessions.create', { clientId, startsAt: note.startsAt, doc: note.doc });
      if (!s.ok) throw new Error(s.error.message);
    }
    for (let i = 0; i < shape.documents; i++) {
      const added = await core.dispatch('documents.add', {
        clientId,
        fileName: `scan-${i}.pdf`,
        mimeType: 'application/pdf',
        dataBase64: pdfOf(shape.documentBytes).toString('base64'),
      });
      if (!added.ok) throw new Error(added.error.message);
    }
    return clientId;
  } finally {
    core.close();
  }
}

const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;

/** record.json's size unpacked, as the archive's manifest lists it. */
function recordJsonBytes(archive: string): number {
  const { 'manifest.json': manifest } = unzipSync(readFileSync(archive), { filter: (f) => f.name === 'manifest.json' });
  const files = (JSON.parse(strFromU8(manifest as Uint8Array)) as { files: Array<{ path: string; bytes: number }> })
    .files;
  return files.find((f) => f.path === 'record.json')?.bytes ?? 0;
}

async function benchShape(shape: RecordShape): Promise<Row[]> {
  const from = mkdtempSync(join(tmpdir(), 'trygg-bench-record-'));
  const to = mkdtempSync(join(tmpdir(), 'trygg-bench-record-in-'));
  try {
    const clientId = await makeClient(from, shape);
    const archive = join(to, 'record.zip');
    const out = measured('export', from, clientId, archive);
    const archiveBytes = statSync(archive).size;
    const back = measured('import', join(to, 'vault'), clientId, archive);
    const recordBytes = recordJsonBytes(archive);
    const what = `${shape.sessions} sessions of ${shape.words} words, ${shape.documents ? `${mb(shape.documents * shape.documentBytes)} of documents` : 'no documents'}`;
    const row = (step: string, m: Measured): Row => {
      const ratio = m.peakRiseBytes / archiveBytes;
      return {
        benchmark: `${step} (${shape.name}: ${what}): time / peak memory${m.exact ? '' : ' (sampled)'}`,
        figure: `${(m.ms / 1000).toFixed(2)} s / +${mb(m.peakRiseBytes)}`,
        baseline: `archive ${mb(archiveBytes)} (record.json ${mb(recordBytes)})`,
        ratio: `memory ${ratio.toFixed(2)}x archive`,
        ...(shape.target === 'none'
          ? {}
          : {
              target: shape.target === 'time and memory' ? '< 5 s, memory < 3x archive' : 'memory < 3x archive',
              met: (shape.target === 'memory' || m.ms < 5000) && ratio < 3,
            }),
      };
    };
    return [row('export a client', out), row('import that archive into a fresh vault', back)];
  } finally {
    rmSync(from, { recursive: true, force: true });
    rmSync(to, { recursive: true, force: true });
  }
}

/** Export and import of a client's record, for each shape of record. */
export async function benchRecord(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const shape of SHAPES) rows.push(...(await benchShape(shape)));
  return rows;
}
