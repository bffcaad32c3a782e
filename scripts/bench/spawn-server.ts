import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

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
