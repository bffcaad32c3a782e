import type { Result } from '@shared/api/errors';
import { ApiCallError, TransportError } from './api-errors';
import { readToken } from './web-token';

/**
 * A client's record archive on the web host, where the browser has no paths to give the core:
 * POST /export/<clientId> answers the archive as a download, POST /import takes it as the body.
 * Both need the tab's token, as /rpc does; a refusal is the door's Result, thrown as ApiCallError.
 */

async function post(path: string, init: { headers?: Record<string, string>; body?: Blob }): Promise<Response> {
  const token = readToken();
  if (!token) throw new TransportError('unauthorized', 'There is no access token for this tab.');
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      ...init,
      headers: { ...init.headers, Authorization: `Bearer ${token}` },
    });
  } catch (err) {
    throw new TransportError('unreachable', err instanceof Error ? err.message : 'Trygg could not be reached.');
  }
  if (response.status === 401) throw new TransportError('unauthorized', 'The access token was refused.');
  return response;
}

async function refusalOf(response: Response): Promise<never> {
  let body: Result<unknown> | undefined;
  try {
    body = (await response.json()) as Result<unknown>;
  } catch {
    body = undefined;
  }
  if (body && body.ok === false) throw new ApiCallError(body.error);
  throw new TransportError('malformed', `Trygg answered ${response.status} without a readable result.`);
}

/** Saves the client's record through the browser's downloads, under `fileName`. */
export async function downloadRecord(clientId: string, fileName: string): Promise<{ bytes: number }> {
  const response = await post(`/export/${encodeURIComponent(clientId)}?name=${encodeURIComponent(fileName)}`, {});
  if (!response.ok || !/^application\/zip/.test(response.headers.get('Content-Type') ?? '')) {
    return refusalOf(response);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has taken its copy once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return { bytes: blob.size };
}

/** Sends an archive the clinician chose to the core to import; answers the new client's id. */
export async function uploadRecord(file: Blob, asCopy: boolean): Promise<{ clientId: string }> {
  const response = await post(asCopy ? '/import?asCopy=1' : '/import', {
    headers: { 'Content-Type': 'application/zip' },
    body: file,
  });
  if (!response.ok) return refusalOf(response);
  const body = (await response.json()) as Result<{ clientId: string }>;
  if (!body.ok) throw new ApiCallError(body.error);
  return body.value;
}

/** The browser's file chooser for one archive; null when the clinician cancels. */
export function chooseArchive(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.zip,application/zip';
    input.hidden = true;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}
