import { useEffect } from 'react';
import type { VaultState } from '@shared/api/vault';
import { usePublicSettings, useSettings } from '../features/settings/settings-queries';
import { applyLanguage } from '../i18n/i18n';
import { applyTheme } from '../theme/apply-theme';

/**
 * Language and theme come from the vault's settings once it is open, and from the public copy
 * the core keeps outside it while it is locked (so the unlock screen already speaks Danish).
 */
export function useAppearance(state: VaultState | undefined): void {
  const unlocked = state === 'unlocked';
  const publicSettings = usePublicSettings(!unlocked);
  const settings = useSettings(unlocked);
  const source = (unlocked ? settings.data : undefined) ?? publicSettings.data;
  const language = source?.language;
  const theme = source?.theme;

  useEffect(() => {
    if (language !== undefined) applyLanguage(language);
  }, [language]);
  useEffect(() => {
    if (theme !== undefined) applyTheme(theme);
  }, [theme]);
}
