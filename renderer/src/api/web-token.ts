import { LINK_SPENT_STATUS, SESSION_EXCHANGE_PATH } from '@shared/security/web-session';

/**
 * The web host prints a link carrying a token in the URL hash (#token=...). That token opens one
 * page: the page swaps it at once for a page token of its own and the link is spent, so a link
 * left in the browser's history or a terminal's scrollback opens nothing. The page token is kept
 * for this tab only (sessionStorage, so a reload keeps working), and the hash is replaced so the
 * link's token does not linger in the address bar or in the history.
 */
const STORAGE_KEY = 'trygg.token';
const TOKEN_IN_HASH = /^#token=([A-Za-z0-9_-]+)$/;

/**
 * What became of the link this page was opened with. `none`: no token in the address (the app,
 * a reload, a hash route); `exchanged`: this tab now has its page token; `spent`: the link
 * already opened a page; `expired`: the link is from an earlier start; `unreachable`: no answer.
 */
export type LinkOutcome = 'none' | 'exchanged' | 'spent' | 'expired' | 'unreachable';

async function exchange(linkToken: string): Promise<LinkOutcome> {
  let response: Response;
  try {
    response = await fetch(SESSION_EXCHANGE_PATH, {
      method: 'POST',
      headers: { Authorization: `Bearer ${linkToken}` },
      cache: 'no-store',
    });
  } catch {
    // The link stays in the address, so a reload tries again.
    return 'unreachable';
  }
  window.history.replaceState(null, '', '#/');
  if (response.status === LINK_SPENT_STATUS) return 'spent';
  if (!response.ok) return 'expired';
  const body = (await response.json().catch(() => null)) as { token?: unknown } | null;
  if (typeof body?.token !== 'string') return 'expired';
  sessionStorage.setItem(STORAGE_KEY, body.token);
  return 'exchanged';
}

/** Before the router reads the hash: exchanges the link's token, if the address carries one. */
export function takeTokenFromUrl(): Promise<LinkOutcome> {
  const match = TOKEN_IN_HASH.exec(window.location.hash);
  return match?.[1] ? exchange(match[1]) : Promise.resolve('none');
}

export function readToken(): string | null {
  return sessionStorage.getItem(STORAGE_KEY);
}

export function forgetToken(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
