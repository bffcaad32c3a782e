import { connect, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '@shared/api/errors';
import { exchangeLinkToken } from '../../tests/support/page-token';
import { HOST_LIMITS, startWebHost, type WebHost } from './server';

const quietDispatch = async (): Promise<Result<unknown>> => ({ ok: true, value: null });
const SHORT = { headersTimeoutMs: 300, requestTimeoutMs: 600, maxConnections: 4, checkIntervalMs: 50 };

let host: WebHost;
let pageToken: string;
const sockets: Socket[] = [];

beforeEach(async () => {
  host = await startWebHost({
    dispatch: quietDispatch,
    subscribe: () => () => undefined,
    rendererDir: '/nonexistent',
    heartbeatMs: 200,
    limits: SHORT,
  });
  pageToken = await exchangeLinkToken(`http://127.0.0.1:${host.port}`, host.token);
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await host.close();
});

interface Raw {
  socket: Socket;
  text: () => string;
  closed: Promise<void>;
}

/** A raw connection, so a test can send half a request and watch what the host does. */
function open(first: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: host.port }, () => {
      socket.write(first);
      resolve({ socket, text: () => received, closed });
    });
    sockets.push(socket);
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const head = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe('the web host’s limits', () => {
  it('are set: headers within 10 s, a whole request within 5 min, at most 128 connections', () => {
    expect(HOST_LIMITS).toMatchObject({ headersTimeoutMs: 10_000, requestTimeoutMs: 300_000, maxConnections: 128 });
  });

  it('drops a connection whose headers never finish', async () => {
    const raw = await open(head(['GET / HTTP/1.1', `Host: 127.0.0.1:${host.port}`]));
    await raw.closed;
    expect(raw.text()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('drops a request whose body never finishes', async () => {
    const raw = await open(
      head([
        'POST /rpc/vault.status HTTP/1.1',
        `Host: 127.0.0.1:${host.port}`,
        `Authorization: Bearer ${pageToken}`,
        'Content-Type: application/json',
        'Content-Length: 100',
        '',
        '{"a":',
      ]),
    );
    await raw.closed;
    expect(raw.text()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('keeps the event stream open far past the request timeout, its heartbeat flowing', async () => {
    const raw = await open(
      head(['GET /events HTTP/1.1', `Host: 127.0.0.1:${host.port}`, `Authorization: Bearer ${pageToken}`, '', '']),
    );
    let closed = false;
    void raw.closed.then(() => (closed = true));
    await sleep(SHORT.requestTimeoutMs * 3);
    expect(closed).toBe(false);
    expect(raw.text()).toMatch(/^HTTP\/1\.1 200/);
    const heartbeats = raw.text().match(/: heartbeat/g) ?? [];
    expect(heartbeats.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses connections beyond the limit', async () => {
    // A host of its own: the exchange's keep-alive connection would count against this one's.
    await host.close();
    host = await startWebHost({
      dispatch: quietDispatch,
      subscribe: () => () => undefined,
      rendererDir: '/nonexistent',
      limits: { maxConnections: 3 },
    });
    const held: Raw[] = [];
    for (let i = 0; i < 3; i++) held.push(await open('GET / HTTP/1.1\r\n'));
    const extra = await open('GET / HTTP/1.1\r\n');
    await extra.closed;
    expect(extra.text()).toBe('');
    let anyClosed = false;
    for (const raw of held) void raw.closed.then(() => (anyClosed = true));
    await sleep(100);
    expect(anyClosed).toBe(false);
  });
});
