import { useSyncExternalStore } from 'react';

/** The words to highlight in the session a search result opened, until another is opened. */
interface PendingHighlight {
  sessionId: string;
  terms: string[];
}

let pending: PendingHighlight | null = null;
const listeners = new Set<() => void>();

export function highlightInSession(sessionId: string, terms: string[]): void {
  pending = { sessionId, terms };
  listeners.forEach((l) => l());
}

export function usePendingHighlight(): PendingHighlight | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
}
