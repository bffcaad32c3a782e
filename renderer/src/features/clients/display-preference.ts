import { useEffect } from 'react';
import { useSettings, useUpdateSettings } from '../settings/settings-queries';

/**
 * Whether the screen shows a client's pseudonym or code instead of the name: a setting kept in
 * the vault (`showPseudonym`), so it holds wherever the vault is opened. Until the settings have
 * been read it is taken as on, so a name never flashes up for a clinician who chose the code.
 */
export function useShowPseudonym(): boolean {
  return useSettings().data?.showPseudonym ?? true;
}

/** The pseudonym when the clinician chose it and the client has one; the name otherwise. */
export function displayName(client: { name: string; pseudonym: string }, showPseudonym: boolean): string {
  return showPseudonym && client.pseudonym.trim() !== '' ? client.pseudonym : client.name;
}

export function useDisplayName(): (client: { name: string; pseudonym: string }) => string {
  const show = useShowPseudonym();
  return (client) => displayName(client, show);
}

/** Where earlier versions kept the choice, in this browser profile's storage. */
export const LEGACY_STORAGE_KEY = 'trygg.showPseudonym';

/** Moves a choice made before it was a vault setting into the vault, once, and forgets the old copy. */
export function useAdoptLegacyPreference(): void {
  const settings = useSettings();
  const { mutate } = useUpdateSettings();
  const loaded = settings.data !== undefined;
  const current = settings.data?.showPseudonym;
  useEffect(() => {
    if (!loaded) return;
    const legacy = localStorage.getItem(LEGACY_STORAGE_KEY);
    if (legacy === null) return;
    localStorage.removeItem(LEGACY_STORAGE_KEY);
    if (legacy === 'true' && current === false) mutate({ showPseudonym: true });
  }, [loaded, current, mutate]);
}
