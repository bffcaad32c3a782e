import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { contract, METHOD_NAMES } from '@shared/api/contract';
import { recordFormatJsonSchema } from '@shared/api/record';
import { EVENT_NAMES, eventSchemas } from '@shared/api/events';
import type { Result } from '@shared/api/errors';
import type { Dispatch } from '../core/dispatch';
import { EventStreams, type Subscribe } from './event-stream';
import { LINK_SPENT_STATUS, SESSION_EXCHANGE_PATH } from '@shared/security/web-session';
import { PageSession } from './page-session';
import { SECURITY_HEADERS, hostIsOurs, originIsOurs } from './security';
import { readStatic } from './static-files';
import { serveExport, serveImport } from './record-transfer';

/** Documents arrive base64-encoded in JSON; 25 MB of file is about 34 MB of request. */
export const MAX_BODY_BYTES = 40 * 1024 * 1024;
export const LOOPBACK = '127.0.0.1';

/**
 * What one client may hold of the host. The headers must arrive within seconds (nothing local
 * is slower); a whole request, a record import of up to 1 GiB included, within five minutes.
 * Neither bounds a response, so the long-lived GET /events stream (a request without a body,
 * received at once) is untouched, and its heartbeat keeps its socket busy. A few tabs each hold
 * a handful of connections and one stream; more than this is not a browser.
 */
export interface HostLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  maxConnections: number;
  /** How often Node looks for requests past their time; tests shorten it. */
  checkIntervalMs: number;
}
export const HOST_LIMITS: HostLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 300_000,
  maxConnections: 128,
  checkIntervalMs: 1_000,
};

export interface WebHostOptions {
  dispatch: Dispatch;
  /** The core's events, streamed to every tab on GET /events. */
  subscribe: Subscribe;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Between the heartbeat comments on an idle event stream; tests shorten it. */
  heartbeatMs?: number;
  /** Where record archives pass on their way out and in (the system's temporary folder), and their size limit; tests set them. */
  transferTempRoot?: string;
  maxImportBytes?: number;
  limits?: Partial<HostLimits>;
}

export interface WebHost {
  url: string;
  port: number;
  /** The printed link's token: it opens one page, which exchanges it for its own (page-session.ts). */
  token: string;
  close: () => Promise<void>;
}

class BodyTooLarge extends Error {}

const LINK_SPENT =
  'This link has already opened Trygg once. Use the tab where Trygg is open, or restart npm run web for a new link.';

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function describeMethods(): unknown {
  const schema = (s: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(s, { io, unrepresentable: 'any' });
  return {
    methods: METHOD_NAMES.map((name) => ({
      name,
      input: schema(contract[name].input, 'input'),
      output: schema(contract[name].output, 'output'),
    })),
    // What GET /events streams: `event: <name>` and `data: {"type":<name>,"payload":...}`.
    events: EVENT_NAMES.map((name) => ({ name, payload: schema(eventSchemas[name], 'output') })),
    /** The client record archive's format (export.client / import.client). */
    formats: { clientRecord: recordFormatJsonSchema() },
  };
}

const validationFailure = (message: string): Result<never> => ({ ok: false, error: { code: 'VALIDATION', message } });

async function handleRpc(req: IncomingMessage, res: ServerResponse, method: string, dispatch: Dispatch) {
  if (req.method !== 'POST') return send(res, 405, 'Use POST.');
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    return sendJson(res, 415, validationFailure('Requests must be JSON (Content-Type: application/json).'));
  }
  let raw: string;
  try {
    raw = await readBody(req);
  } catch (err) {
    if (err instanceof BodyTooLarge) return sendJson(res, 413, validationFailure('The request is too large.'));
    throw err;
  }
  let input: unknown;
  try {
    input = raw.trim() === '' ? undefined : JSON.parse(raw);
  } catch {
    return sendJson(res, 400, validationFailure('The request body is not valid JSON.'));
  }
  sendJson(res, 200, await dispatch(method, input));
}

/**
 * Serves the built renderer and the request door on 127.0.0.1 only, so the whole app can run
 * where Electron cannot. Every request must name our own host and origin; /rpc, /events and the
 * record transfers need the page token, which the link's token is exchanged for once.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const session = new PageSession();
  const limits = { ...HOST_LIMITS, ...options.limits };
  let port = 0;
  const streams = new EventStreams(options.subscribe, options.heartbeatMs);

  const serverOptions = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: limits.checkIntervalMs,
  };
  const server = createServer(serverOptions, (req, res) => {
    void (async () => {
      if (!hostIsOurs(req, port)) return send(res, 403, 'Refused: this address is not Trygg’s.');
      if (!originIsOurs(req, port)) return send(res, 403, 'Refused: requests from other sites are not allowed.');
      const path = new URL(req.url ?? '/', `http://${LOOPBACK}`).pathname;

      if (path === SESSION_EXCHANGE_PATH) {
        if (req.method !== 'POST') return send(res, 405, 'Use POST.');
        const exchange = session.exchange(req);
        if (exchange.kind === 'issued') return sendJson(res, 200, { token: exchange.token });
        if (exchange.kind === 'spent') return send(res, LINK_SPENT_STATUS, LINK_SPENT);
        return send(res, 401, 'Missing or wrong token.');
      }

      if (path === '/rpc' || path.startsWith('/rpc/')) {
        if (!session.authorizes(req)) return send(res, 401, 'Missing or wrong token.');
        if (path === '/rpc') {
          return req.method === 'GET' ? sendJson(res, 200, describeMethods()) : send(res, 405, 'Use GET.');
        }
        return handleRpc(req, res, decodeURIComponent(path.slice('/rpc/'.length)), options.dispatch);
      }

      if (path.startsWith('/export/') || path === '/import') {
        if (!session.authorizes(req)) return send(res, 401, 'Missing or wrong token.');
        const transfer = {
          dispatch: options.dispatch,
          tempRoot: options.transferTempRoot,
          maxImportBytes: options.maxImportBytes,
        };
        if (path === '/import') return serveImport(req, res, transfer);
        return serveExport(req, res, decodeURIComponent(path.slice('/export/'.length)), transfer);
      }

      if (path === '/events') {
        if (!session.authorizes(req)) return send(res, 401, 'Missing or wrong token.');
        if (req.method !== 'GET') return send(res, 405, 'Use GET.');
        return streams.serve(req, res);
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Not allowed.');
      const file = await readStatic(options.rendererDir, path);
      if (!file) return send(res, 404, 'Not found.');
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    })().catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error.');
      else res.destroy();
    });
  });

  server.maxConnections = limits.maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/#token=${session.linkToken}`,
    port,
    token: session.linkToken,
    close: () =>
      new Promise<void>((resolve) => {
        streams.closeAll();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
