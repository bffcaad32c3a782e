import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core';
import { openKeyed } from '../../electron/core/vault/sqlcipher';
import { VAULT_FILE } from '../../electron/core/vault/vault-service';
import { populateVault } from '../demo/populate';
import { populateAlliance } from '../demo/populate-alliance';
import { ms, percentile, timeEach, type Row } from './stats';

const PASSPHRASE = 'correct horse battery staple fjord';
const TIMELINE_SESSIONS = 400;
const TIMELINE_RUPTURES = 60;
const OVERVIEW_CLIENTS = 400;

async function call(core: Core, method: string, input: unknown): Promise<unknown> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Wall time and this process's CPU time of one call: on a shared machine the CPU time says what the call itself costs. */
async function timed(run: () => Promise<unknown>, wall: number[], cpu: number[]): Promise<void> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  await run();
  wall.push(performance.now() - start);
  const used = process.cpuUsage(cpu0);
  cpu.push((used.user + used.system) / 1000);
}

async function openCore(dir: string): Promise<Core> {
  const core = createCore({ dataDir: dir });
  await call(core, 'vault.unlock', { passphrase: PASSPHRASE });
  await core.settled();
  return core;
}

/** Session ids by client, read once from the vault file (the bench's own bookkeeping). */
function sessionsByClient(dir: string): Map<string, string[]> {
  const db = openKeyed(join(dir, VAULT_FILE), PASSPHRASE);
  try {
    const byClient = new Map<string, string[]>();
    for (const r of db
      .prepare<[], { id: string; client_id: string }>('SELECT id, client_id FROM sessions ORDER BY starts_at')
      .all()) {
      const list = byClient.get(r.client_id);
      if (list) list.push(r.id);
      else byClient.set(r.client_id, [r.id]);
    }
    return byClient;
  } finally {
    db.close();
  }
}

/**
 * alliance.timeline for a client with 400 rated sessions and 60 ruptures (with steps and quoted
 * passages), and overview.get on a vault of `notes` notes and 400 clients with every session
 * rated. Both are measured warm (what the core keeps per client is current) and right after a
 * change to the client (a rating recorded), which drops what was kept of that client, so the
 * call rebuilds it from the vault: the figure the targets apply to.
 */
export async function benchAlliance(notes: number, rounds = 60): Promise<Row[]> {
  const rows: Row[] = [];

  const small = mkdtempSync(join(tmpdir(), 'trygg-bench-alliance-'));
  try {
    populateVault(small, PASSPHRASE, { clients: 1, notes: TIMELINE_SESSIONS });
    const filled = populateAlliance(small, PASSPHRASE, {
      rated: 1,
      srsClients: 1,
      ruptureRate: 0.2,
      maxRupturesPerClient: TIMELINE_RUPTURES,
    });
    const [[clientId, sessionIds]] = [...sessionsByClient(small)] as [[string, string[]]];
    const core = await openCore(small);
    try {
      const first = (await call(core, 'alliance.timeline', { clientId })) as {
        series: unknown[];
        ruptures: unknown[];
        dips: unknown[];
      };
      // Warm up (JIT) on the same calls before measuring.
      for (let i = 0; i < 10; i++) {
        await call(core, 'alliance.record', { sessionId: sessionIds[i]!, reflection: 'oppvarming' });
        await call(core, 'alliance.timeline', { clientId });
      }
      const warm = await timeEach(rounds, () => call(core, 'alliance.timeline', { clientId }));
      let n = 0;
      const cold: number[] = [];
      const coldCpu: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const sessionId = sessionIds[n++ % sessionIds.length]!;
        await call(core, 'alliance.record', { sessionId, reflection: `runde ${i}` });
        await timed(() => call(core, 'alliance.timeline', { clientId }), cold, coldCpu);
      }
      const p95 = percentile(cold, 95);
      rows.push(
        {
          benchmark: `alliance: a client with ${first.series.length} rated sessions, ${first.ruptures.length} ruptures, ${first.dips.length} dips`,
          figure: `${filled.ratings} ratings`,
        },
        {
          benchmark: 'alliance.timeline after a rating changed (rebuilt), p95',
          figure: ms(p95),
          target: '< 20 ms',
          met: p95 < 20,
        },
        { benchmark: 'alliance.timeline after a rating changed, CPU time p95', figure: ms(percentile(coldCpu, 95)) },
        { benchmark: 'alliance.timeline, unchanged client, p95', figure: ms(percentile(warm, 95)) },
      );
    } finally {
      core.close();
    }
  } finally {
    rmSync(small, { recursive: true, force: true });
  }

  const big = mkdtempSync(join(tmpdir(), 'trygg-bench-overview-'));
  try {
    let start = performance.now();
    populateVault(big, PASSPHRASE, { clients: OVERVIEW_CLIENTS, notes });
    const filled = populateAlliance(big, PASSPHRASE, { rated: 1, srsClients: 0.5, ruptureRate: 0.05 });
    const fillMs = performance.now() - start;
    const byClient = [...sessionsByClient(big)];
    const core = await openCore(big);
    try {
      start = performance.now();
      const first = (await call(core, 'overview.get', {})) as {
        openRuptures: { count: number };
        possibleUnnoticed: { count: number };
        unsignedNotes: { count: number };
      };
      const firstMs = performance.now() - start;
      for (let i = 0; i < 10; i++) await call(core, 'overview.get', {});
      const warm = await timeEach(rounds, () => call(core, 'overview.get', {}));
      const afterChange: number[] = [];
      const afterChangeCpu: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const [, ids] = byClient[(i * 37) % byClient.length]!;
        await call(core, 'alliance.record', { sessionId: ids[i % ids.length]!, reflection: `runde ${i}` });
        await timed(() => call(core, 'overview.get', {}), afterChange, afterChangeCpu);
      }
      const p95 = percentile(afterChange, 95);
      rows.push(
        {
          benchmark: `overview: ${notes.toLocaleString('en')} notes, ${OVERVIEW_CLIENTS} clients, every session rated`,
          figure: `${filled.ratings} ratings, ${filled.ruptures} ruptures; ${first.openRuptures.count} open, ${first.possibleUnnoticed.count} possibly unnoticed, ${first.unsignedNotes.count} unsigned (filled in ${(fillMs / 1000).toFixed(0)} s)`,
        },
        {
          benchmark: 'overview.get after a rating changed (one client rebuilt), p95',
          figure: ms(p95),
          target: '< 50 ms',
          met: p95 < 50,
        },
        { benchmark: 'overview.get after a rating changed, CPU time p95', figure: ms(percentile(afterChangeCpu, 95)) },
        { benchmark: 'overview.get, nothing changed, p95', figure: ms(percentile(warm, 95)) },
        {
          benchmark: 'overview.get, first call right after unlock (clients not yet warmed up built)',
          figure: ms(firstMs),
        },
      );
    } finally {
      core.close();
    }
  } finally {
    rmSync(big, { recursive: true, force: true });
  }
  return rows;
}
