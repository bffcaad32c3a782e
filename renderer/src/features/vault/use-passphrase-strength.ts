import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useDebouncedValue } from '../../ui/use-debounced-value';

const DEBOUNCE_MS = 200;

/**
 * The core's strength estimate for what is typed, asked for once typing pauses. `current` is
 * true only when the estimate belongs to exactly the passphrase in the field now.
 */
export function usePassphraseStrength(passphrase: string) {
  const settled = useDebouncedValue(passphrase, DEBOUNCE_MS);
  const query = useQuery({
    queryKey: ['vault.passphraseStrength', settled],
    queryFn: () => call('vault.passphraseStrength', { passphrase: settled }),
    enabled: settled.length > 0,
    placeholderData: keepPreviousData,
    // Passphrases must not linger in the cache once nobody looks at them.
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });
  const current = passphrase.length > 0 && settled === passphrase && query.isSuccess && !query.isPlaceholderData;
  return {
    strength: passphrase.length > 0 ? query.data : undefined,
    current,
    acceptable: current && query.data?.acceptable === true,
  };
}
