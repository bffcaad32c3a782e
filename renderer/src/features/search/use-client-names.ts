import { useClientList } from '../clients/client-queries';
import { displayName, useShowPseudonym } from '../clients/display-preference';

/** Client id -> the name (or pseudonym) the clinician chose to see. */
export function useClientNames(): (clientId: string) => string {
  const clients = useClientList({});
  const showPseudonym = useShowPseudonym();
  const byId = new Map((clients.data ?? []).map((c) => [c.id, displayName(c, showPseudonym)]));
  return (clientId) => byId.get(clientId) ?? '';
}
