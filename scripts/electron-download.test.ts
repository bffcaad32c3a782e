import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  describeError,
  downloadElectron,
  downloadFailure,
  nodeTooOld,
  progressLine,
  STALL_MS,
  stallWatch,
} from './electron-download.mjs';

describe('nodeTooOld (electron@45 and @electron/get declare node >= 22.12.0)', () => {
  it('names the version wanted when this Node is older', () => {
    expect(nodeTooOld('20.20.2', '>= 22.12.0')).toBe('22.12.0');
    expect(nodeTooOld('22.11.9', '>= 22.12.0')).toBe('22.12.0');
  });

  it('passes the same or a newer Node', () => {
    expect(nodeTooOld('22.12.0', '>= 22.12.0')).toBeUndefined();
    expect(nodeTooOld('22.13.0', '>=22.12.0')).toBeUndefined();
    expect(nodeTooOld('24.1.0', '>= 22.12.0')).toBeUndefined();
  });

  it('passes a range it does not read rather than refuse a Node that may do', () => {
    expect(nodeTooOld('20.20.2', '^22 || ^24')).toBeUndefined();
    expect(nodeTooOld('20.20.2', undefined)).toBeUndefined();
  });
});

describe('progressLine', () => {
  it('shows megabytes done of the total and the share', () => {
    expect(progressLine('45.4.1', { transferred: 35 * 1024 * 1024, total: 105 * 1024 * 1024 })).toBe(
      'Downloading Electron 45.4.1: 35.0 of 105.0 MB (33%)',
    );
  });

  it('shows what arrived when the server sent no length', () => {
    expect(progressLine('45.4.1', { transferred: 1.5 * 1024 * 1024, total: null })).toBe(
      'Downloading Electron 45.4.1: 1.5 MB',
    );
  });
});

describe('downloadFailure', () => {
  // What fetch throws on this registry-only network: getaddrinfo fails at once.
  const offline = Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' }),
  });

  it('an unreachable server is offline', () => {
    const failure = downloadFailure({ stalled: false, ...describeError(offline) });
    expect(failure.kind).toBe('offline');
    expect(failure.reason).toContain('ENOTFOUND');
    expect(downloadFailure({ stalled: false, code: 'ECONNREFUSED', message: '' }).kind).toBe('offline');
  });

  it('a download that stalled, or a connection that timed out, is a timeout and never called offline', () => {
    const stalled = downloadFailure({ stalled: true, message: 'This operation was aborted' });
    expect(stalled.kind).toBe('timeout');
    expect(stalled.reason).not.toMatch(/offline/);
    expect(stalled.reason).toContain(`${STALL_MS / 1000} s`);
    expect(downloadFailure({ stalled: false, code: 'UND_ERR_CONNECT_TIMEOUT', message: '' }).kind).toBe('timeout');
  });

  it('a connection cut off halfway is said so', () => {
    expect(downloadFailure({ stalled: false, code: 'UND_ERR_SOCKET', message: 'terminated' }).kind).toBe('interrupted');
  });

  it("a server's refusal carries its status, and anything else its own message", () => {
    const http = { message: 'Response code 404', response: { status: 404 } };
    expect(downloadFailure({ stalled: false, ...describeError(http) })).toEqual({
      kind: 'http',
      reason: expect.stringContaining('HTTP 404') as string,
    });
    const checksum = new Error('Generated checksum for "electron.zip" did not match expected checksum.');
    expect(downloadFailure({ stalled: false, ...describeError(checksum) })).toEqual({
      kind: 'other',
      reason: expect.stringContaining('did not match expected checksum') as string,
    });
  });
});

describe('stallWatch', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never fires while bytes keep arriving, however long the download takes', () => {
    vi.useFakeTimers();
    const onStall = vi.fn();
    const watch = stallWatch(STALL_MS, onStall);
    // Ten minutes of a slow line: a chunk every 30 s.
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(30_000);
      watch.touch();
    }
    expect(onStall).not.toHaveBeenCalled();
    watch.stop();
  });

  it('fires once no byte arrived for the whole stall time, and not after stop', () => {
    vi.useFakeTimers();
    const onStall = vi.fn();
    const watch = stallWatch(STALL_MS, onStall);
    watch.touch();
    vi.advanceTimersByTime(STALL_MS - 1);
    expect(onStall).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onStall).toHaveBeenCalledOnce();

    const stopped = vi.fn();
    stallWatch(STALL_MS, stopped).stop();
    vi.advanceTimersByTime(STALL_MS * 2);
    expect(stopped).not.toHaveBeenCalled();
  });
});

describe('downloadElectron against a local mirror (never the real one)', () => {
  const electronDir = join(__dirname, '..', 'node_modules', 'electron');
  const SIZE = 1024 * 1024;
  let server: Server | undefined;
  let cache: string | undefined;

  async function mirror(handler: (res: ServerResponse) => void): Promise<string> {
    server = createServer((_req, res) => handler(res));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  beforeEach(() => {
    cache = mkdtempSync(join(tmpdir(), 'trygg-electron-cache-'));
    vi.stubEnv('electron_config_cache', cache);
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
    server = undefined;
    rmSync(cache!, { recursive: true, force: true });
  });

  it('shows progress, and a download that stops sending is a timeout, not offline', async () => {
    const url = await mirror((res) => {
      res.writeHead(200, { 'content-length': String(SIZE) });
      res.write(Buffer.alloc(SIZE / 4));
      // ...and nothing more: the line has stalled.
    });
    vi.stubEnv('ELECTRON_MIRROR', url);
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));

    const reason = await downloadElectron(electronDir, { stallMs: 500 });

    expect(reason).toMatch(/timed out: no data arrived for 0.5 s/);
    expect(reason).not.toMatch(/offline/);
    // Away from a terminal, a line per tenth of the way: the last one printed is the 20% mark.
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^Downloading Electron \d+\.\d+\.\d+: 0\.\d of 1\.0 MB \(\d+%\)$/);
    expect(Number(/\((\d+)%\)/.exec(lines.at(-1)!)?.[1])).toBeGreaterThanOrEqual(20);
  });

  it('a server that refuses the connection is offline, said at once', async () => {
    const url = await mirror(() => undefined);
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    vi.stubEnv('ELECTRON_MIRROR', url);

    const reason = await downloadElectron(electronDir, { stallMs: 60_000 });

    expect(reason).toMatch(/cannot reach the download server \(ECONNREFUSED\); it looks offline/);
  });

  it('a whole download that fails its checksum is never unpacked', async () => {
    const url = await mirror((res) => {
      res.writeHead(200, { 'content-length': String(SIZE) });
      res.end(Buffer.alloc(SIZE));
    });
    vi.stubEnv('ELECTRON_MIRROR', url);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);

    const reason = await downloadElectron(electronDir, { stallMs: 5_000 });

    expect(reason).toMatch(/checksum/);
  });
});
