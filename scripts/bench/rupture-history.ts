import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createCore, type Core } from '../../electron/core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';
import { populateVault } from '../demo/populate';
import { populateAlliance } from '../demo/populate-alliance';
import { openWebHostPage, unlockInPage } from './spawn-server';
import { ms, percentile, type Row } from './stats';

const PASSPHRASE = 'correct horse battery staple fjord';
const SESSIONS = 400;
const RUPTURES = 60;
/** The baseline: the same view for a client with a few weeks of ratings and one rupture. */
const SMALL_SESSIONS = 12;
const WEEK = 7 * 86_400_000;
const READ_MS = 300;

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

interface Vault {
  big: { clientId: string; sessions: number; ruptures: number };
  small: { clientId: string };
}

/**
 * A client with 400 rated sessions and 60 ruptures (the demo's generator, through the core's
 * repositories), and a small client with twelve rated sessions and one rupture, through the door.
 */
async function prepareVault(dataDir: string): Promise<Vault> {
  const { clientIds } = populateVault(dataDir, PASSPHRASE, { clients: 1, notes: SESSIONS });
  populateAlliance(dataDir, PASSPHRASE, { rated: 1, srsClients: 1, ruptureRate: 0.2, maxRupturesPerClient: RUPTURES });
  const core = createCore({ dataDir });
  try {
    await call(core, 'vault.unlock', { passphrase: PASSPHRASE });
    const bigId = clientIds[0] as string;
    const timeline = await call<{ series: unknown[]; ruptures: unknown[] }>(core, 'alliance.timeline', {
      clientId: bigId,
    });
    const small = await call<{ id: string }>(core, 'clients.create', { name: 'Liten Klient' });
    const start = Date.now() - (SMALL_SESSIONS + 1) * WEEK;
    const ids: string[] = [];
    for (let i = 0; i < SMALL_SESSIONS; i++) {
      const s = await call<{ id: string }>(core, 'sessions.create', {
        clientId: small.id,
        startsAt: new Date(start + i * WEEK).toISOString(),
      });
      const r = i === 5 ? 3 : 6;
      await call(core, 'alliance.record', { sessionId: s.id, goal: r, task: r, bond: r });
      ids.push(s.id);
    }
    await call(core, 'ruptures.create', {
      sessionId: ids[5],
      type: 'withdrawal',
      intensity: 3,
      markers: ['wd.minimal'],
    });
    return {
      big: { clientId: bigId, sessions: timeline.series.length, ruptures: timeline.ruptures.length },
      small: { clientId: small.id },
    };
  } finally {
    core.close();
  }
}

/**
 * From the hash change to the first frame after the client's alliance tab shows its curve (every
 * point of the series) and the rupture table: asking the vault for the client and the timeline,
 * React's render, the paint. It starts on the overview, the first screen after unlock; `fresh`
 * reloads the page first, so nothing of the client is cached in the query layer.
 */
async function timeOpen(page: Page, clientId: string, points: number, fresh: boolean): Promise<number> {
  await page.evaluate(() => (window.location.hash = '#/overview'));
  if (fresh) await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  // What a person does first: read the overview (whose lists lead to a client's timeline).
  await page.getByRole('heading', { level: 2, name: /Possible unnoticed ruptures/ }).waitFor();
  // A moment to read it: the overview's own refresh (asked again on every visit) is not timed.
  await page.waitForTimeout(READ_MS);
  return page.evaluate(
    ({ hash, points }) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        window.location.hash = hash;
        const check = () => {
          const drawn = Number(document.querySelector('.timeline-svg')?.getAttribute('data-points') ?? -1);
          const table = document.querySelector('.rupture-table tbody tr');
          if (drawn === points && table) requestAnimationFrame(() => resolve(performance.now() - start));
          else if (performance.now() - start > 30_000) reject(new Error('the alliance tab did not paint in 30 s'));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { hash: `#/clients/${clientId}/alliance`, points },
  );
}

/** The client's "Alliance & ruptures" tab in Chromium against the built web host: 400 rated sessions and 60 ruptures. */
export async function benchRuptureHistory(rounds = 20): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'trygg-bench-ruptures-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let host: ChildProcess | undefined;
  try {
    const vault = await prepareVault(dataDir);
    const started = await openWebHostPage(browser, dataDir);
    host = started.child;
    const { page } = started;
    await unlockInPage(page, PASSPHRASE);

    // Once each, unmeasured: the chart's code and the core's first build of each timeline.
    await timeOpen(page, vault.big.clientId, vault.big.sessions, true);
    await timeOpen(page, vault.small.clientId, SMALL_SESSIONS, true);
    const big: number[] = [];
    const small: number[] = [];
    const again: number[] = [];
    for (let i = 0; i < rounds; i++) {
      big.push(await timeOpen(page, vault.big.clientId, vault.big.sessions, true));
      small.push(await timeOpen(page, vault.small.clientId, SMALL_SESSIONS, true));
      again.push(await timeOpen(page, vault.big.clientId, vault.big.sessions, false));
    }
    const p = (samples: number[], n: number) => percentile(samples, n);
    return [
      {
        benchmark: `rupture history: a client with ${vault.big.sessions} rated sessions and ${vault.big.ruptures} ruptures, overview -> tab painted (p50 / p95, ${rounds} runs, page reloaded before each)`,
        figure: `${ms(p(big, 50))} / ${ms(p(big, 95))}`,
        baseline: `${SMALL_SESSIONS} rated sessions, 1 rupture ${ms(p(small, 50))}`,
        ratio: `${(p(big, 50) / p(small, 50)).toFixed(2)}x`,
        target: 'p95 < 150 ms',
        met: p(big, 95) < 150,
      },
      {
        benchmark: 'rupture history again in the same page (p50 / p95)',
        figure: `${ms(p(again, 50))} / ${ms(p(again, 95))}`,
        baseline: `first time ${ms(p(big, 50))}`,
        ratio: `${(p(again, 50) / p(big, 50)).toFixed(2)}x`,
      },
    ];
  } finally {
    host?.kill();
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
