import { request, type IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreEvent } from '@shared/api/events';
import type { Result } from '@shared/api/errors';
import { formatEvent } from './event-stream';
import { exchangeLinkToken } from '../../tests/support/page-token';
import { startWebHost, type WebHost } from './server';

// A stand-in for the core's event source: records who listens and lets the test emit.
class FakeEvents {
  readonly listeners = new Set<(event: CoreEvent) => void>();
  subscribe = (listener: (event: CoreEvent) => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  emit(event: unknown): void {
    for (const listener of this.listeners) listener(event as CoreEvent);
  }
}

const quietDispatch = async (): Promise<Result<unknown>> => ({ ok: true, value: null });

let host: WebHost;
let pageToken: string;
let events: FakeEvents;
const open: IncomingMessage[] = [];

beforeEach(async () => {
  events = new FakeEvents();
  host = await startWebHost({
    dispatch: quietDispatch,
    subscribe: events.subscribe,
    rendererDir: '/nonexistent',
    port: 0,
    heartbeatMs: 50,
  });
  pageToken = await exchangeLinkToken(`http://127.0.0.1:${host.port}`, host.token);
});
afterEach(async () => {
  for (const res of open) res.destroy();
  open.length = 0;
  await host.close();
});

interface Stream {
  res: IncomingMessage;
  /** Everything received so far. */
  text: () => string;
  /** Resolves once the received text matches. */
  until: (pattern: RegExp) => Promise<string>;
  ended: Promise<void>;
}

function connect(headers: Record<string, string>, options: { method?: string; path?: string } = {}): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path: options.path ?? '/events', method: options.method ?? 'GET', headers },
      (res) => {
        open.push(res);
        let received = '';
        const waiters: Array<() => void> = [];
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          received += chunk;
          for (const wake of waiters.splice(0)) wake();
        });
        const ended = new Promise<void>((done) => res.on('close', () => done()));
        const until = async (pattern: RegExp) => {
          while (!pattern.test(received)) {
            await new Promise<void>((wake) => waiters.push(wake));
          }
          return received;
        };
        resolve({ res, text: () => received, until, ended });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const auth = () => ({ Authorization: `Bearer ${pageToken}` });
const locked: CoreEvent = { type: 'vault.locked', payload: {} };
const progress: CoreEvent = {
  type: 'job.progress',
  payload: { jobId: 'j1', kind: 'search.rebuild', done: 3, total: 10, phase: 'notes', state: 'running' },
};

/** Waits until the host has subscribed for `count` streams. */
async function listening(count: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (events.listeners.size !== count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} listeners, have ${events.listeners.size}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('GET /events', () => {
  it('streams the core’s events as Server-Sent Events, to every open stream', async () => {
    const first = await connect(auth());
    const second = await connect(auth());
    expect(first.res.statusCode).toBe(200);
    expect(first.res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(first.res.headers['cache-control']).toBe('no-store');
    expect(first.res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    await listening(2);

    events.emit(locked);
    events.emit(progress);
    for (const stream of [first, second]) {
      const text = await stream.until(/event: job\.progress/);
      expect(text).toContain('event: vault.locked\ndata: {"type":"vault.locked","payload":{}}\n\n');
      expect(text).toContain(`data: ${JSON.stringify(progress)}\n\n`);
    }
    expect(formatEvent(progress)).toBe(`event: job.progress\ndata: ${JSON.stringify(progress)}\n\n`);
  });

  it('keeps anything that is not an event of the contract off the wire', async () => {
    const stream = await connect(auth());
    await listening(1);
    events.emit({ type: 'vault.exploded', payload: {} });
    events.emit({ type: 'job.progress', payload: { jobId: 'j1' } });
    events.emit(locked);
    const text = await stream.until(/vault\.locked/);
    expect(text).not.toContain('exploded');
    expect(text.match(/^event:/gm)).toHaveLength(1);
  });

  it('sends heartbeat comments while nothing happens', async () => {
    const stream = await connect(auth());
    const text = await stream.until(/(: heartbeat\n\n){2}/);
    expect(text.startsWith(': connected\n\n')).toBe(true);
  });

  it('refuses a missing or wrong token, a foreign Host or Origin, and other verbs, without subscribing', async () => {
    const cases: Array<[Record<string, string>, number, string?]> = [
      [{}, 401],
      [{ Authorization: 'Bearer nope' }, 401],
      [{ ...auth(), Host: `evil.example:${host.port}` }, 403],
      [{ ...auth(), Origin: 'https://evil.example' }, 403],
      [auth(), 405, 'POST'],
    ];
    for (const [headers, status, method] of cases) {
      const stream = await connect(headers, method ? { method } : {});
      expect(stream.res.statusCode, JSON.stringify(headers)).toBe(status);
      await stream.ended;
    }
    expect(events.listeners.size).toBe(0);
  });

  it('unsubscribes when the tab goes away', async () => {
    const stream = await connect(auth());
    await listening(1);
    stream.res.destroy();
    await listening(0);
  });

  it('ends every stream when the host closes', async () => {
    const stream = await connect(auth());
    await listening(1);
    await host.close();
    await stream.ended;
    expect(events.listeners.size).toBe(0);
    host = await startWebHost({ dispatch: quietDispatch, subscribe: events.subscribe, rendererDir: '/nonexistent' });
  });
});
