import { afterEach, describe, expect, it, vi } from 'vitest';
import { TransportError } from './api-errors';
import { createHttpTransport } from './http-transport';

const respond = (status: number, body: unknown) =>
  vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createHttpTransport', () => {
  it('posts the input as JSON with the bearer token, to /rpc/<method>', async () => {
    const fetch = respond(200, { ok: true, value: { state: 'locked' } });
    vi.stubGlobal('fetch', fetch);
    const result = await createHttpTransport(() => 'abc_-1')('vault.status', {});
    expect(result).toEqual({ ok: true, value: { state: 'locked' } });
    expect(fetch).toHaveBeenCalledWith('/rpc/vault.status', {
      method: 'POST',
      headers: { Authorization: 'Bearer abc_-1', 'Content-Type': 'application/json' },
      body: '{}',
    });
  });

  it('hands back a refusal as a Result, untouched', async () => {
    const error = { code: 'WRONG_PASSPHRASE', message: 'No.' };
    vi.stubGlobal('fetch', respond(200, { ok: false, error }));
    expect(await createHttpTransport(() => 't')('vault.unlock', { passphrase: 'x' })).toEqual({ ok: false, error });
  });

  const failedConnection = () => vi.fn(async (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch')));
  const cases: [string, string | null, () => typeof fetch, TransportError['problem']][] = [
    ['no token', null, () => respond(200, {}), 'unauthorized'],
    ['a refused token', 't', () => respond(401, { error: 'unauthorized' }), 'unauthorized'],
    ['a body that is not JSON', 't', () => respond(502, '<html>'), 'malformed'],
    ['JSON that is not a Result', 't', () => respond(200, { value: 1 }), 'malformed'],
    ['a failed connection', 't', failedConnection, 'unreachable'],
  ];
  it.each(cases)('turns %s into a TransportError', async (_, token, makeFetch, problem) => {
    vi.stubGlobal('fetch', makeFetch());
    const attempt = createHttpTransport(() => token)('vault.status', {});
    await expect(attempt).rejects.toBeInstanceOf(TransportError);
    await expect(attempt).rejects.toMatchObject({ problem });
  });
});
