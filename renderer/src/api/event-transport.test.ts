import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CoreEvent } from '@shared/api/events';
import { EventHub } from './events';
import { ipcEventTransport, sseEventTransport, type ConnectionState, type EventTransport } from './event-transport';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const locked: CoreEvent = { type: 'vault.locked', payload: {} };
const progress: CoreEvent = {
  type: 'job.progress',
  payload: { jobId: 'j1', kind: 'search.rebuild', done: 1, total: 4, phase: 'notes_fts', state: 'running' },
};
const frame = (event: CoreEvent) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

/** A response whose body the test writes to, chunk by chunk, and can end or break. */
function streamingResponse(status = 200) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status, headers: { 'Content-Type': 'text/event-stream' } }),
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
    fail: () => controller.error(new TypeError('network error')),
  };
}

function record(transport: EventTransport) {
  const events: CoreEvent[] = [];
  const states: ConnectionState[] = [];
  const stop = transport({ onEvent: (e) => events.push(e), onState: (s) => states.push(s) });
  return { events, states, stop };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('sseEventTransport', () => {
  it('reads GET /events with the bearer token and delivers each event, however the bytes arrive', async () => {
    const stream = streamingResponse();
    const fetch = vi.fn(async () => stream.response);
    vi.stubGlobal('fetch', fetch);
    const { events, states, stop } = record(sseEventTransport(() => 'tok_1'));
    await until(() => states.includes('open'));
    expect(fetch).toHaveBeenCalledWith(
      '/events',
      expect.objectContaining({
        headers: { Authorization: 'Bearer tok_1', Accept: 'text/event-stream' },
      }),
    );
    const text = `: connected\n\n${frame(locked)}${frame(progress)}`;
    stream.write(text.slice(0, 30));
    stream.write(text.slice(30, 75));
    stream.write(text.slice(75));
    stream.write('event: job.progress\ndata: {not json\n\n');
    await until(() => events.length === 2);
    expect(events).toEqual([locked, progress]);
    expect(states).toEqual(['connecting', 'open']);
    stop();
  });

  it('reconnects with backoff when the stream ends or breaks, and reports it', async () => {
    const first = streamingResponse();
    const second = streamingResponse();
    const responses = [
      Promise.reject(new TypeError('Failed to fetch')),
      Promise.resolve(first.response),
      Promise.resolve(second.response),
    ];
    const fetch = vi.fn(() => responses.shift()!);
    vi.stubGlobal('fetch', fetch);
    const backoff = vi.fn(() => 1);
    const { events, states, stop } = record(sseEventTransport(() => 't', { backoffMs: backoff }));
    await until(() => states.filter((s) => s === 'open').length === 1);
    first.end();
    await until(() => states.filter((s) => s === 'open').length === 2);
    second.write(frame(locked));
    await until(() => events.length === 1);
    expect(states).toEqual(['connecting', 'retrying', 'open', 'retrying', 'open']);
    // The count of failures in a row starts again after a stream opened.
    expect(backoff.mock.calls).toEqual([[0], [0]]);
    stop();
  });

  it('drops a silent connection and opens a new one', async () => {
    const silent = streamingResponse();
    const next = streamingResponse();
    const responses = [silent.response, next.response];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        const response = responses.shift()!;
        init.signal?.addEventListener('abort', () => (response === silent.response ? silent.fail() : undefined));
        return response;
      }),
    );
    const { states, stop } = record(sseEventTransport(() => 't', { backoffMs: () => 1, silenceMs: 30 }));
    await until(() => states.filter((s) => s === 'open').length === 2);
    expect(states).toEqual(['connecting', 'open', 'retrying', 'open']);
    stop();
  });

  it('gives up on a refused token, and without one never asks', async () => {
    const fetch = vi.fn(async () => new Response('Missing or wrong token.', { status: 401 }));
    vi.stubGlobal('fetch', fetch);
    const refused = record(sseEventTransport(() => 't', { backoffMs: () => 1 }));
    await until(() => refused.states.includes('unauthorized'));
    await new Promise((r) => setTimeout(r, 20));
    expect(fetch).toHaveBeenCalledTimes(1);

    const none = record(sseEventTransport(() => null));
    expect(none.states).toEqual(['connecting', 'unauthorized']);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('stops for good: no retry, no event after stop', async () => {
    const stream = streamingResponse();
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      init.signal?.addEventListener('abort', () => stream.fail());
      return stream.response;
    });
    vi.stubGlobal('fetch', fetch);
    const { states, stop } = record(sseEventTransport(() => 't', { backoffMs: () => 1 }));
    await until(() => states.includes('open'));
    stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(states).toEqual(['connecting', 'open']);
  });
});

describe('ipcEventTransport', () => {
  it('is open at once and passes on what the bridge delivers, ignoring what is not an event', () => {
    let deliver: (event: unknown) => void = () => undefined;
    const unsubscribe = vi.fn();
    const bridge = {
      onEvent: (listener: (event: CoreEvent) => void) => {
        deliver = listener as (event: unknown) => void;
        return unsubscribe;
      },
    };
    const { events, states, stop } = record(ipcEventTransport(bridge));
    deliver(locked);
    deliver('nonsense');
    deliver({ type: 'vault.locked' });
    expect(events).toEqual([locked]);
    expect(states).toEqual(['open']);
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });
});

describe('EventHub', () => {
  function fakeTransport() {
    const sinks: Array<Parameters<EventTransport>[0]> = [];
    const stops = vi.fn();
    const transport: EventTransport = (sink) => {
      sinks.push(sink);
      return stops;
    };
    return { transport, sinks, stops };
  }

  it('opens one stream for all listeners, routes events by type, and closes with the last listener', () => {
    const { transport, sinks, stops } = fakeTransport();
    const hub = new EventHub(() => transport);
    const locks: unknown[] = [];
    const jobs: unknown[] = [];
    const offLock = hub.on('vault.locked', (p) => locks.push(p));
    const offJob = hub.on('job.progress', (p) => jobs.push(p.done));
    expect(sinks).toHaveLength(1);
    sinks[0]!.onEvent(locked);
    sinks[0]!.onEvent(progress);
    sinks[0]!.onEvent({ type: 'vault.unlocked', payload: {} });
    expect(locks).toEqual([{}]);
    expect(jobs).toEqual([1]);
    offLock();
    offLock();
    expect(stops).not.toHaveBeenCalled();
    offJob();
    expect(stops).toHaveBeenCalledTimes(1);
    hub.on('vault.locked', () => undefined);
    expect(sinks).toHaveLength(2);
  });

  it('tells state listeners when the connection changes', () => {
    const { transport, sinks } = fakeTransport();
    const hub = new EventHub(() => transport);
    const seen: string[] = [];
    const off = hub.onState(() => seen.push(hub.getState()));
    sinks[0]!.onState('open');
    sinks[0]!.onState('open');
    sinks[0]!.onState('retrying');
    expect(seen).toEqual(['open', 'retrying']);
    off();
    expect(hub.getState()).toBe('connecting');
  });
});
