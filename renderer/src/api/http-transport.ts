import type { Result } from '@shared/api/errors';
import { TransportError } from './api-errors';
import type { Transport } from './transport';

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  if (body.ok !== false || !('error' in body)) return false;
  const error = body.error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

/** The web host's door: POST /rpc/<method>, the input as JSON, the link's token as bearer. */
export function createHttpTransport(getToken: () => string | null): Transport {
  return async (method, input) => {
    const token = getToken();
    if (!token) throw new TransportError('unauthorized', 'There is no access token for this tab.');
    let response: Response;
    try {
      response = await fetch(`/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
    } catch (err) {
      throw new TransportError('unreachable', err instanceof Error ? err.message : 'Trygg could not be reached.');
    }
    if (response.status === 401) throw new TransportError('unauthorized', 'The access token was refused.');
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new TransportError('malformed', `Trygg answered ${response.status} without a readable result.`);
    }
    if (!isResult(body)) throw new TransportError('malformed', `Trygg answered ${response.status} without a result.`);
    return body;
  };
}
