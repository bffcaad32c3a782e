import type { TryggBridge } from '@shared/api/bridge';
import type { CoreEvent } from '@shared/api/events';
import { createSseParser } from './sse-parser';

/**
 * Where the event stream stands. `connecting`: the first attempt is under way; `open`: events
 * arrive; `retrying`: the stream broke and a new attempt is scheduled (events may have been
 * missed meanwhile); `unauthorized`: the web link's token was refused, so retrying is pointless.
 */
export type ConnectionState = 'connecting' | 'open' | 'retrying' | 'unauthorized';

export interface EventSink {
  onEvent(event: CoreEvent): void;
  onState(state: ConnectionState): void;
}

/** Starts delivering the core's events to `sink`; the returned function stops for good. */
export type EventTransport = (sink: EventSink) => () => void;

/**
 * The shape of a core event. The core checked it against the contract before it left (main and
 * the web host parse every event), as it does every answer, so the renderer checks only the
 * shape it relies on and keeps zod out of its bundle.
 */
export function asCoreEvent(data: unknown): CoreEvent | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, payload } = data as { type?: unknown; payload?: unknown };
  return typeof type === 'string' && typeof payload === 'object' && payload !== null ? (data as CoreEvent) : undefined;
}

/** In the app: the preload's bridge, which is open as soon as it is listened to. */
export function ipcEventTransport(bridge: Pick<TryggBridge, 'onEvent'>): EventTransport {
  return (sink) => {
    const stop = bridge.onEvent((data) => {
      const event = asCoreEvent(data);
      if (event) sink.onEvent(event);
    });
    sink.onState('open');
    return stop;
  };
}

export interface SseOptions {
  /** Before the n-th retry in a row (0-based); grows so a host that is down is not hammered. */
  backoffMs?: (attempt: number) => number;
  /**
   * No byte for this long means the connection is dead (the host sends a heartbeat every 15 s;
   * a laptop that slept leaves half-open sockets): drop it and reconnect.
   */
  silenceMs?: number;
}

export const backoffMs = (attempt: number): number => {
  const base = Math.min(500 * 2 ** attempt, 10_000);
  // Spread tabs out, so a restarted host is not met by every tab at the same instant.
  return base * (0.8 + Math.random() * 0.4);
};

const SILENCE_MS = 40_000;

/**
 * On the web host: GET /events read with fetch and a stream reader, because EventSource cannot
 * send the Authorization header and a token in the URL would end up in logs and history.
 * Reconnects with backoff whenever the stream ends or breaks, until stopped or refused.
 */
export function sseEventTransport(getToken: () => string | null, options: SseOptions = {}): EventTransport {
  const backoff = options.backoffMs ?? backoffMs;
  const silenceMs = options.silenceMs ?? SILENCE_MS;

  return (sink) => {
    let stopped = false;
    let attempt = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let current: AbortController | undefined;

    const connect = async (): Promise<void> => {
      const token = getToken();
      if (!token) return sink.onState('unauthorized');
      const controller = new AbortController();
      current = controller;
      let silence: ReturnType<typeof setTimeout> | undefined;
      const heard = () => {
        clearTimeout(silence);
        silence = setTimeout(() => controller.abort(), silenceMs);
      };
      try {
        heard();
        const response = await fetch('/events', {
          headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
          cache: 'no-store',
          signal: controller.signal,
        });
        if (response.status === 401) {
          clearTimeout(silence);
          return sink.onState('unauthorized');
        }
        if (!response.ok || !response.body) throw new Error(`GET /events answered ${response.status}.`);
        attempt = 0;
        sink.onState('open');
        const push = createSseParser(({ data }) => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(data);
          } catch {
            return;
          }
          const event = asCoreEvent(parsed);
          if (event && !stopped) sink.onEvent(event);
        });
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          heard();
          const { done, value } = await reader.read();
          if (done) break;
          push(value);
        }
      } catch {
        // A refused connection, a dropped one, silence, or stop(): all end here.
      } finally {
        clearTimeout(silence);
      }
      if (stopped) return;
      sink.onState('retrying');
      retryTimer = setTimeout(() => void connect(), backoff(attempt++));
    };

    sink.onState('connecting');
    void connect();
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      current?.abort();
    };
  };
}
