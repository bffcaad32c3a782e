import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';

export const ROOT = join(__dirname, '..', '..');
export const BUILT_WEB_HOST = join(ROOT, 'out', 'main', 'web.js');
const URL_LINE = /(?:is running at|listening at) (http:\/\/127\.0\.0\.1:\d+\/\S*)/;

/** Starts a Node server process and resolves with the URL it prints (the web host's own line). */
export function spawnServer(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = URL_LINE.exec(seen);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code} before printing its URL`)));
  });
}

/** The built web host on a data directory, on a free port. */
export const spawnWebHost = (dataDir: string) =>
  spawnServer([BUILT_WEB_HOST], { TRYGG_DATA_DIR: dataDir, TRYGG_PORT: '0' });

/**
 * The built web host on a data directory, and a page of it in `browser` as the browser benchmarks
 * use it (1280x900, English, a time limit), at its address; the host is stopped if the page fails.
 */
export async function openWebHostPage(
  browser: Browser,
  dataDir: string,
): Promise<{ child: ChildProcess; url: string; page: Page }> {
  const started = await spawnWebHost(dataDir);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    // A benchmark that stalls must fail, not wait for ever (Playwright's library default).
    page.setDefaultTimeout(60_000);
    // tsx keeps function names by wrapping them in __name(), which the page-side copies need too.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.goto(started.url);
    return { ...started, page };
  } catch (err) {
    started.child.kill();
    throw err;
  }
}

/** Unlocks through the unlock screen and waits for the app frame. */
export async function unlockInPage(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}
