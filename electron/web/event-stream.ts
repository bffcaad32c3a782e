import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCoreEvent, type CoreEvent } from '@shared/api/events';
import { SECURITY_HEADERS } from './security';

/** How the core hands out its events: the listener is called for each, the result unsubscribes. */
export type Subscribe = (listener: (event: CoreEvent) => void) => () => void;

/**
 * A comment line this often keeps idle streams alive through proxies and socket timeouts, and lets
 * a dead connection surface as a write error instead of lingering.
 */
export const HEARTBEAT_MS = 15_000;

/** One Server-Sent Event. JSON never holds a raw line break, so one data line carries it whole. */
export function formatEvent(event: CoreEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * The open `GET /events` streams. Each subscribes to the core for as long as its connection
 * lives; closing the host ends them all (a browser would otherwise keep them, and the server
 * would never finish closing).
 */
export class EventStreams {
  private readonly open = new Set<ServerResponse>();

  constructor(
    private readonly subscribe: Subscribe,
    private readonly heartbeatMs = HEARTBEAT_MS,
  ) {}

  get size(): number {
    return this.open.size;
  }

  /** Answers a request that has already passed the Host, Origin and token checks. */
  serve(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      // Tells a buffering reverse proxy (nginx) to pass each event on at once.
      'X-Accel-Buffering': 'no',
    });
    // Sends the headers now: the renderer counts the stream as open once they arrive.
    res.write(': connected\n\n');
    req.socket.setNoDelay(true);

    const unsubscribe = this.subscribe((event) => {
      // The core's events are typed; checking them here keeps anything else off the wire.
      const parsed = parseCoreEvent(event);
      if (parsed) res.write(formatEvent(parsed));
    });
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), this.heartbeatMs);
    this.open.add(res);
    res.once('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      this.open.delete(res);
    });
  }

  /** Ends every open stream (their 'close' handlers unsubscribe). */
  closeAll(): void {
    for (const res of this.open) res.end();
  }
}
