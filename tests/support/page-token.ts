import { SESSION_EXCHANGE_PATH } from '@shared/security/web-session';

/** What the web page does first: swaps the printed link's token for a page token of its own. */
export async function exchangeLinkToken(base: string, linkToken: string): Promise<string> {
  const res = await fetch(`${base}${SESSION_EXCHANGE_PATH}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${linkToken}` },
  });
  if (res.status !== 200) throw new Error(`The link's token was not exchanged: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}
