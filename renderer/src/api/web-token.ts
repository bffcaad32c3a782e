/**
 * The web host prints a link carrying a fresh token in the URL hash (#token=...). It is read once,
 * kept for this tab only (so a reload keeps working), and the hash is replaced so the token does
 * not linger in the address bar or in the history.
 */
const STORAGE_KEY = 'trygg.token';
const TOKEN_IN_HASH = /^#token=([A-Za-z0-9_-]+)$/;

export function takeTokenFromUrl(): void {
  const match = TOKEN_IN_HASH.exec(window.location.hash);
  if (!match?.[1]) return;
  sessionStorage.setItem(STORAGE_KEY, match[1]);
  window.history.replaceState(null, '', '#/');
}

export function readToken(): string | null {
  return sessionStorage.getItem(STORAGE_KEY);
}

export function forgetToken(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
