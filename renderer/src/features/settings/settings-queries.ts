import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '@shared/api/contract';
import type { PublicSettings, Settings } from '@shared/api/settings';
import { call } from '../../api/client';

export const SETTINGS_KEY = ['settings.get'] as const;
export const PUBLIC_SETTINGS_KEY = ['settings.public'] as const;

export function useSettings(enabled = true) {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => call('settings.get', {}), enabled });
}

/** Language and theme, readable while the vault is locked. */
export function usePublicSettings(enabled: boolean) {
  return useQuery({ queryKey: PUBLIC_SETTINGS_KEY, queryFn: () => call('settings.public', {}), enabled });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: MethodInput<'settings.update'>) => call('settings.update', patch),
    onSuccess: (settings: Settings) => {
      client.setQueryData(SETTINGS_KEY, settings);
      // The unlock screen shown after the next lock must already speak the new language.
      const publicSettings: PublicSettings = { language: settings.language, theme: settings.theme };
      client.setQueryData(PUBLIC_SETTINGS_KEY, publicSettings);
    },
  });
}
