import { useSyncExternalStore } from 'react';

/**
 * Routes live in the address's hash (#/clients/…), which works from file:// in Electron. wouter's
 * own hash hook keeps a query outside the hash (?q=…#/search), so a link to #/search?q=brudd
 * matched no route. This one reads the query inside the hash: the path before '?', the search
 * after it, so a search can be linked, reloaded and gone back to.
 */
export function splitHash(hash: string): { path: string; search: string } {
  const raw = hash.replace(/^#?\/?/, '');
  const mark = raw.indexOf('?');
  return mark < 0 ? { path: `/${raw}`, search: '' } : { path: `/${raw.slice(0, mark)}`, search: raw.slice(mark + 1) };
}

let listeners: Array<() => void> = [];
const notify = () => listeners.forEach((listener) => listener());
function subscribe(listener: () => void): () => void {
  if (listeners.push(listener) === 1) addEventListener('hashchange', notify);
  return () => {
    listeners = listeners.filter((l) => l !== listener);
    if (listeners.length === 0) removeEventListener('hashchange', notify);
  };
}

const currentPath = () => splitHash(location.hash).path;
const currentSearch = () => splitHash(location.hash).search;

export function navigate(to: string, { replace = false, state = null }: { replace?: boolean; state?: unknown } = {}) {
  const oldURL = location.href;
  const url = new URL(oldURL);
  url.hash = `/${to.replace(/^#?\/?/, '')}`;
  if (url.href === oldURL) return;
  history[replace ? 'replaceState' : 'pushState'](state, '', url.href);
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }));
}

export const useHashRoute = (): [string, typeof navigate] => [useSyncExternalStore(subscribe, currentPath), navigate];
useHashRoute.hrefs = (href: string) => `#${href}`;
const useHashSearch = (): string => useSyncExternalStore(subscribe, currentSearch);
useHashRoute.searchHook = useHashSearch;
