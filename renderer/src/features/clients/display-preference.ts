import { useSyncExternalStore } from 'react';

/**
 * Whether the screen shows a client's pseudonym or code instead of the name. Kept in this
 * browser profile's storage until the vault's settings have a field for it; it holds no client
 * data, only the choice.
 */
const STORAGE_KEY = 'trygg.showPseudonym';
const listeners = new Set<() => void>();

function read(): boolean {
  return localStorage.getItem(STORAGE_KEY) === 'true';
}

export function setShowPseudonym(show: boolean): void {
  localStorage.setItem(STORAGE_KEY, String(show));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another window of the same profile may change it too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useShowPseudonym(): boolean {
  return useSyncExternalStore(subscribe, read);
}

/** The pseudonym when the clinician chose it and the client has one; the name otherwise. */
export function displayName(client: { name: string; pseudonym: string }, showPseudonym: boolean): string {
  return showPseudonym && client.pseudonym.trim() !== '' ? client.pseudonym : client.name;
}

export function useDisplayName(): (client: { name: string; pseudonym: string }) => string {
  const show = useShowPseudonym();
  return (client) => displayName(client, show);
}
