import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { createCore } from '../../electron/core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';
import { spawnServer, spawnWebHost } from './spawn-server';
import { ms, percentile, type Row } from './stats';

/** A bare Node HTTP server with one tiny page: the cost of spawning Node and painting anything. */
const BASELINE_SERVER = `
const http = require('node:http');
const s = http.createServer((q, r) => { r.writeHead(200, {'Content-Type': 'text/html'}); r.end('<!doctype html><input type="password">'); });
s.listen(0, '127.0.0.1', () => console.log('listening at http://127.0.0.1:' + s.address().port + '/'));
`;

async function timeToPasswordField(
  browser: Browser,
  startServer: () => ReturnType<typeof spawnServer>,
): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const start = performance.now();
  const { child, url } = await startServer();
  try {
    await page.goto(url);
    await page.locator('input[type="password"]').first().waitFor({ state: 'visible' });
    return performance.now() - start;
  } finally {
    child.kill();
    await context.close();
  }
}

/** From starting the web host to the unlock screen painted in Chromium, against a bare server. */
export async function benchFirstPaint(rounds = 5): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'trygg-bench-paint-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const core = createCore({ dataDir });
    await core.dispatch('vault.create', { passphrase: 'correct horse battery staple fjord' });
    core.close();
    const trygg: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < rounds; i++) {
      trygg.push(await timeToPasswordField(browser, () => spawnWebHost(dataDir)));
      bare.push(await timeToPasswordField(browser, () => spawnServer(['-e', BASELINE_SERVER])));
    }
    const p50 = percentile(trygg, 50);
    const base = percentile(bare, 50);
    return [
      {
        benchmark: 'web host start -> unlock screen painted (p50 / max)',
        figure: `${ms(p50)} / ${ms(Math.max(...trygg))}`,
        baseline: `bare Node page ${ms(base)}`,
        ratio: `${(p50 / base).toFixed(2)}x`,
        target: '< 1500 ms',
        met: Math.max(...trygg) < 1500,
      },
    ];
  } finally {
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
