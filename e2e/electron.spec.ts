// Smoke test of the desktop app itself: Electron, the preload's bridge, main's relay and the core
// in its utility process. Everything else is tested against the web host in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from '../scripts/electron-binary.cjs';

const root = resolve(__dirname, '..');
// Checked by path only: require('electron') would try to download a missing binary.
const executablePath = electronBinary();

test.skip(
  !executablePath,
  'Electron binary is not installed on this machine (node_modules/electron/dist missing); ' +
    'run `node node_modules/electron/install.js` where downloads work',
);

const PASSPHRASE = 'violet ferry quantum marble orbit 42';

function runScript(script: string): void {
  const result = spawnSync(process.execPath, [join(root, 'scripts', script)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`scripts/${script} failed (exit ${result.status ?? result.signal}).`);
}

function launchEnv(dataDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // ELECTRON_RUN_AS_NODE would make Electron ignore the app and behave as plain Node.
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  return { ...env, TRYGG_DATA_DIR: dataDir, LANG: 'en_US.UTF-8', LANGUAGE: 'en' };
}

test.beforeAll(() => {
  // The first run compiles the Electron build of the SQLite module: minutes, once.
  test.setTimeout(15 * 60_000);
  runScript('build-if-stale.mjs');
  runScript('electron-native.mjs');
});

test('the desktop app opens isolated, creates a vault and shows the app frame', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'trygg-electron-'));
  const app = await electron.launch({
    executablePath,
    // Chromium will not start as root with its sandbox on (CI containers); the app's own
    // sandbox: true for the renderer is unaffected by where the test runs.
    args: [root, '--lang=en-US', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: root,
    env: launchEnv(dataDir),
  });
  try {
    const page = await app.firstWindow();

    await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
    // Served from Trygg's own scheme, never file://.
    expect(page.url()).toMatch(/^trygg:\/\/app\/index\.html(#|$)/);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(existsSync(join(dataDir, 'vault.trygg'))).toBe(true);

    // The page sees exactly one function and nothing of Node.
    expect(await page.evaluate(() => Object.keys(window.trygg ?? {}))).toEqual(['call']);
    expect(await page.evaluate(() => typeof window.trygg?.call)).toBe('function');
    expect(await page.evaluate(() => typeof require)).toBe('undefined');
    expect(await page.evaluate(() => typeof process)).toBe('undefined');
    // New windows are refused: window.open answers null and the app keeps its one window.
    expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
