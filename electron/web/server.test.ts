import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore } from '../../tests/support/core-client';
import { exchangeLinkToken } from '../../tests/support/page-token';
import { STRONG_PASSPHRASE, hashTree, useTempDirs } from '../../tests/support/temp-dir';
import { startWebHost, type WebHost } from './server';

const tempDir = useTempDirs();
let host: WebHost;
/** The page's token, exchanged for the link's as the page does first. */
let pageToken: string;
let dataDir: string;
let closeCore: () => void;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; host?: string; port?: number } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.host ?? '127.0.0.1',
        port: options.port ?? host.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = () => ({ Authorization: `Bearer ${pageToken}`, 'Content-Type': 'application/json' });
const rpc = (method: string, input: unknown, headers: Record<string, string> = auth()) =>
  send(`/rpc/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });

beforeEach(async () => {
  dataDir = tempDir();
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Trygg</title>');
  writeFileSync(join(dirnameOf(rendererDir), 'secret.txt'), 'outside the renderer');
  const c = testCore(dataDir);
  closeCore = c.close;
  host = await startWebHost({ dispatch: c.core.dispatch, subscribe: () => () => undefined, rendererDir, port: 0 });
  pageToken = await exchangeLinkToken(`http://127.0.0.1:${host.port}`, host.token);
});
afterEach(async () => {
  await host.close();
  closeCore();
});
const dirnameOf = (p: string) => join(p, '..');

describe('the web host', () => {
  it('listens on 127.0.0.1 only and prints a URL with a fresh 32-byte token', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
    // Another loopback address and IPv6 loopback are not listened on.
    for (const address of ['127.0.0.2', '::1']) {
      const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
        const socket = connect({ host: address, port: host.port });
        socket.on('connect', () => {
          socket.destroy();
          resolve(undefined);
        });
        socket.on('error', (err) => resolve(err));
      });
      expect(error?.code, address).toMatch(/ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH/);
    }
  });

  it('answers a call with the token', async () => {
    const reply = await rpc('vault.status', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { state: 'none' } });
  });

  it('refuses /rpc without the token, or with a wrong one: 401', async () => {
    expect((await rpc('vault.status', {}, { 'Content-Type': 'application/json' })).status).toBe(401);
    const wrong = { Authorization: `Bearer ${'A'.repeat(43)}`, 'Content-Type': 'application/json' };
    expect((await rpc('vault.status', {}, wrong)).status).toBe(401);
    expect((await send('/rpc', {})).status).toBe(401);
  });

  it('takes the link’s token once, for a page token: the link then opens nothing', async () => {
    // beforeEach made the first exchange, as the page does.
    const link = { Authorization: `Bearer ${host.token}` };
    const again = await send('/session/exchange', { method: 'POST', headers: link });
    expect(again.status).toBe(410);
    expect(again.body).toContain('npm run web');
    expect((await rpc('vault.status', {}, { ...link, 'Content-Type': 'application/json' })).status).toBe(401);
    expect((await send('/events', { method: 'GET', headers: link })).status).toBe(401);
    const wrong = await send('/session/exchange', {
      method: 'POST',
      headers: { Authorization: `Bearer ${'A'.repeat(43)}` },
    });
    expect(wrong.status).toBe(401);
    expect((await send('/session/exchange', { headers: link })).status).toBe(405);
    expect(pageToken).not.toBe(host.token);
    expect(Buffer.from(pageToken, 'base64url')).toHaveLength(32);
    expect((await rpc('vault.status', {})).status).toBe(200);
  });

  it('refuses an exchange from another site or through a foreign Host', async () => {
    const fresh = await startWebHost({
      dispatch: async () => ({ ok: true, value: null }),
      subscribe: () => () => undefined,
      rendererDir: '/nonexistent',
    });
    try {
      const exchange = (headers: Record<string, string>) =>
        send('/session/exchange', {
          method: 'POST',
          port: fresh.port,
          headers: { Authorization: `Bearer ${fresh.token}`, ...headers },
        });
      expect((await exchange({ Origin: 'http://evil.example' })).status).toBe(403);
      expect((await exchange({ Host: `evil.example:${fresh.port}` })).status).toBe(403);
      // Neither refusal spent the link.
      expect((await exchange({})).status).toBe(200);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    const reply = await rpc('vault.status', {}, { ...auth(), Host: `evil.example:${host.port}` });
    expect(reply.status).toBe(403);
    expect((await send('/', { headers: { Host: 'evil.example' } })).status).toBe(403);
  });

  it('refuses a foreign Origin, even with the token', async () => {
    const reply = await rpc(
      'vault.create',
      { passphrase: STRONG_PASSPHRASE },
      { ...auth(), Origin: 'http://evil.example' },
    );
    expect(reply.status).toBe(403);
    expect((await rpc('vault.status', {}, { ...auth(), Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
    expect(hashTree(dataDir)).toEqual({});
  });

  it('refuses bad JSON, other content types and other verbs without writing', async () => {
    await rpc('vault.create', { passphrase: STRONG_PASSPHRASE });
    const before = hashTree(dataDir);
    const bad = await send('/rpc/settings.update', { method: 'POST', headers: auth(), body: '{"practiceName": ' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const form = await send('/rpc/settings.update', {
      method: 'POST',
      headers: { Authorization: `Bearer ${pageToken}`, 'Content-Type': 'text/plain' },
      body: '{"practiceName":"x"}',
    });
    expect(form.status).toBe(415);
    expect((await send('/rpc/settings.get', { headers: auth() })).status).toBe(405);
    const unknown = await rpc('vault.erase', {});
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(hashTree(dataDir)).toEqual(before);
  });

  it('lists every method with JSON Schemas of input and output', async () => {
    const reply = await send('/rpc', { headers: auth() });
    expect(reply.status).toBe(200);
    const { methods } = JSON.parse(reply.body) as {
      methods: Array<{
        name: string;
        input: { properties?: Record<string, unknown>; additionalProperties?: unknown };
        output: unknown;
      }>;
    };
    const create = methods.find((m) => m.name === 'vault.create');
    expect(create?.input.properties).toHaveProperty('passphrase');
    expect(create?.input.additionalProperties).toBe(false);
    expect(methods.map((m) => m.name)).toContain('settings.update');
  });

  it('publishes the client record archive format as JSON Schema', async () => {
    const reply = await send('/rpc', { headers: auth() });
    const { formats } = JSON.parse(reply.body) as {
      formats: { clientRecord: { format: string; record: { properties: Record<string, unknown> }; manifest: unknown } };
    };
    expect(formats.clientRecord.format).toBe('trygg-client-record');
    expect(Object.keys(formats.clientRecord.record.properties)).toEqual(
      expect.arrayContaining([
        'client',
        'sessions',
        'documents',
        'formulationVersions',
        'hypotheses',
        'evidence',
        'alliance',
        'ruptures',
        'audit',
      ]),
    );
  });

  it('serves the renderer with the CSP and nothing outside its folder', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Trygg</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-eval|https?:/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });
});
