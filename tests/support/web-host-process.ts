import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { exchangeLinkToken } from './page-token';

const ROOT = join(__dirname, '..', '..');
const URL_LINE = /Trygg is running at (http:\/\/127\.0\.0\.1:(\d+))\/#token=(\S+)/;

export interface HostProcess {
  child: ChildProcess;
  call: (method: string, input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
  exited: Promise<number | null>;
}

/** Runs the real web host from source (through tsx) in its own process, as a clinician would. */
export function startHostProcess(dataDir: string): Promise<HostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron', 'web', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, TRYGG_DATA_DIR: dataDir, TRYGG_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = URL_LINE.exec(out);
      if (!m) return;
      const [, base, , linkToken] = m;
      out = '';
      // As the page does: the link's token is swapped for one of our own before any call.
      void exchangeLinkToken(base!, linkToken!).then(
        (pageToken) =>
          resolve({
            child,
            exited,
            call: async (method, input = {}) => {
              const res = await fetch(`${base}/rpc/${method}`, {
                method: 'POST',
                headers: { Authorization: `Bearer ${pageToken}`, 'Content-Type': 'application/json' },
                body: JSON.stringify(input),
              });
              return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
            },
          }),
        reject,
      );
    });
    void exited.then((code) => reject(new Error(`web host exited (${code}) before it was ready: ${err}`)));
  });
}
