import type { SearchHit } from '@shared/api/search';
import { highlightInSession } from './highlight-store';

/**
 * Where a result leads: its session, with the searched words highlighted; the formulation
 * section or the hypothesis it was found in; or the client.
 */
export function openHit(hit: SearchHit, navigate: (to: string) => void): void {
  if (hit.kind === 'formulation') {
    navigate(
      `/clients/${hit.clientId}/formulation${hit.formulationSection ? `?section=${hit.formulationSection}` : ''}`,
    );
  } else if (hit.kind === 'hypothesis') {
    navigate(`/clients/${hit.clientId}/attachment?hypothesis=${hit.id}`);
  } else if (hit.sessionId) {
    highlightInSession(hit.sessionId, hit.terms);
    navigate(`/sessions/${hit.sessionId}`);
  } else {
    navigate(`/clients/${hit.clientId}`);
  }
}
