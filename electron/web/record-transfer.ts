import { mkdtemp, open, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Result } from '@shared/api/errors';
import type { Dispatch } from '../core/dispatch';
import { SECURITY_HEADERS } from './security';

/**
 * A browser cannot hand the core a path, nor take one from it: on the web host a client's record
 * archive leaves as a download (POST /export/<clientId>) and arrives as a request body
 * (POST /import). Each passes through a private temporary folder (mode 0700, the file 0600),
 * removed once the answer is sent, whatever happened.
 */

/** Larger than any record a practice keeps (documents are at most 25 MB each). */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

export interface TransferOptions {
  dispatch: Dispatch;
  /** Where the private folders are made; the system's temporary folder unless a test says. */
  tempRoot?: string | undefined;
  maxImportBytes?: number | undefined;
}

class TooLarge extends Error {}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(result));
}

const refusal = (message: string): Result<never> => ({ ok: false, error: { code: 'VALIDATION', message } });

/** An export's refusal is a failed download, with a status to say so. */
function statusOf(result: Result<unknown>): number {
  if (result.ok) return 200;
  if (result.error.code === 'NOT_FOUND') return 404;
  if (result.error.code === 'LOCKED') return 423;
  if (result.error.code === 'INTERNAL') return 500;
  return 422;
}

/** A file name for the download: no path, no control characters or quotes, ending in .zip. */
export function downloadName(requested: string | null): string {
  const base = (requested ?? '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what it takes out
    .replace(/[\u0000-\u001f\u007f"/\\:*?<>|]+/g, '-')
    .trim()
    .replace(/^[.\s-]+/, '')
    .replace(/\.zip$/i, '')
    .slice(0, 120);
  return `${base || 'trygg-record'}.zip`;
}

/** RFC 6266: an ASCII name for old clients, the real one (UTF-8) for the rest. */
function contentDisposition(name: string): string {
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/\s+/g, ' ') || 'trygg-record.zip';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const newFolder = (root: string | undefined) => mkdtemp(join(root ?? tmpdir(), 'trygg-record-'));

/** False where the system keeps an open file (Windows); the caller tries again once it is closed. */
const removeFolder = (folder: string) =>
  rm(folder, { recursive: true, force: true }).then(
    () => true,
    () => false,
  );

/** POST /export/<clientId>[?name=<file name>]: the archive as a download. */
export async function serveExport(
  req: IncomingMessage,
  res: ServerResponse,
  clientId: string,
  options: TransferOptions,
): Promise<void> {
  if (req.method !== 'POST') return sendResult(res, 405, refusal('Use POST.'));
  const name = downloadName(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('name'));
  const folder = await newFolder(options.tempRoot);
  let removed = false;
  try {
    const result = await options.dispatch('export.client', { clientId, path: join(folder, 'record.zip') });
    if (!result.ok) {
      removed = await removeFolder(folder);
      return sendResult(res, statusOf(result), result);
    }
    const { path, bytes } = result.value as { path: string; bytes: number };
    const file = await open(path, 'r');
    // Gone from the disk before the download starts, where an open file may be removed (POSIX):
    // the open handle still reads it, and nothing stays whatever becomes of the tab.
    removed = await removeFolder(folder);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/zip',
      'Content-Length': String(bytes),
      'Content-Disposition': contentDisposition(name),
      'Cache-Control': 'no-store',
    });
    // A tab closed mid-download rejects here; the stream closes the file either way.
    await pipeline(file.createReadStream(), res);
  } finally {
    if (!removed) await rm(folder, { recursive: true, force: true });
  }
}

/** Counts what passes and stops past the limit. */
function limit(maxBytes: number): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > maxBytes ? new TooLarge() : null, chunk);
    },
  });
}

/** POST /import[?asCopy=1] with the archive as the body (application/zip): the door's Result as JSON. */
export async function serveImport(req: IncomingMessage, res: ServerResponse, options: TransferOptions): Promise<void> {
  if (req.method !== 'POST') return sendResult(res, 405, refusal('Use POST.'));
  if (!/^application\/zip\b/i.test(req.headers['content-type'] ?? '')) {
    return sendResult(res, 415, refusal('Send the archive as application/zip.'));
  }
  const maxBytes = options.maxImportBytes ?? MAX_IMPORT_BYTES;
  const tooLarge = () => {
    // The rest of the body is not read; the connection goes with the answer.
    res.setHeader('Connection', 'close');
    sendResult(res, 413, refusal('The archive is too large.'));
  };
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return tooLarge();
  const asCopy = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('asCopy') === '1';

  const folder = await newFolder(options.tempRoot);
  let result: Result<unknown> | 'tooLarge';
  try {
    const path = join(folder, 'record.zip');
    const file = await open(path, 'wx', 0o600);
    try {
      await pipeline(req, limit(maxBytes), file.createWriteStream({ flush: true }));
      result = await options.dispatch('import.client', asCopy ? { path, asCopy } : { path });
    } catch (err) {
      if (!(err instanceof TooLarge)) throw err;
      result = 'tooLarge';
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  // Answered once the archive is gone, so nothing of it outlives the request; a refusal is an
  // answer, as on /rpc (200 with the Result), not a failed request.
  if (result === 'tooLarge') return tooLarge();
  sendResult(res, 200, result);
}
