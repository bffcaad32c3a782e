import type { SearchHit } from '@shared/api/search';
import { highlightInSession } from './highlight-store';

/** Where a result leads: its session, with the searched words highlighted, or the client. */
export function openHit(hit: SearchHit, navigate: (to: string) => void): void {
  if (hit.sessionId) {
    highlightInSession(hit.sessionId, hit.terms);
    navigate(`/sessions/${hit.sessionId}`);
  } else {
    navigate(`/clients/${hit.clientId}`);
  }
}
