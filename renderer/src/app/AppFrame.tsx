import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Router } from 'wouter';
import { AuditIntegrityBanner } from '../features/audit/AuditIntegrityBanner';
import { BackupStatusLine } from '../features/backups/BackupStatusLine';
import { CommandPalette } from '../features/search/CommandPalette';
import { HitHighlighter } from '../features/search/HitHighlighter';
import { SEARCH_SHORTCUT_ARIA, SEARCH_SHORTCUT_LABEL, useSearchShortcut } from '../features/search/search-shortcut';
import { useAdoptLegacyPreference } from '../features/clients/display-preference';
import { useClipboardGuard } from '../features/retention/clipboard-guard';
import { useSettings } from '../features/settings/settings-queries';
import { DEFAULT_CLIPBOARD_CLEAR_SECONDS } from '@shared/api/constants';
import { useLockVault } from '../features/vault/vault-mutations';
import { BrandMark } from '../ui/BrandMark';
import { Toaster } from '../ui/Toaster';
import { ErrorNotice } from '../ui/ErrorNotice';
import { AppRoutes } from './AppRoutes';
import { useHashRoute } from './hash-location';
import { LOCK_SHORTCUT_ARIA, LOCK_SHORTCUT_LABEL, useLockShortcut } from './lock-shortcut';
import { NavLink } from './NavLink';
import { useActivityReporter } from './use-activity-reporter';

/** Everything shown while the vault is open: navigation, the lock, and the current page. */
export function AppFrame() {
  return (
    // A route's query lives inside the hash (#/search?q=…): see hash-location.ts.
    <Router hook={useHashRoute}>
      <Frame />
    </Router>
  );
}

function Frame() {
  const { t } = useTranslation();
  const settings = useSettings();
  useAdoptLegacyPreference();
  const { mutate: lock, error: lockError } = useLockVault();
  useLockShortcut(lock);
  useActivityReporter();
  useClipboardGuard(settings.data?.clipboardClearSeconds ?? DEFAULT_CLIPBOARD_CLEAR_SECONDS);
  const [searching, setSearching] = useState(false);
  const openSearch = useCallback(() => setSearching(true), []);
  useSearchShortcut(openSearch);

  const practiceName = settings.data?.practiceName;
  return (
    <div className="frame">
      <aside className="sidebar">
        <BrandMark />
        {practiceName && <p className="practice-name">{practiceName}</p>}
        <button type="button" className="button-search" onClick={openSearch} aria-keyshortcuts={SEARCH_SHORTCUT_ARIA}>
          {t('search.open')}
          <kbd aria-hidden="true">{SEARCH_SHORTCUT_LABEL}</kbd>
        </button>
        <nav aria-label={t('frame.navLabel')}>
          <ul>
            <li>
              <NavLink href="/overview">{t('nav.overview')}</NavLink>
            </li>
            <li>
              <NavLink href="/clients">{t('nav.clients')}</NavLink>
            </li>
            <li>
              <NavLink href="/search">{t('nav.search')}</NavLink>
            </li>
            <li>
              <NavLink href="/unsigned">{t('nav.unsigned')}</NavLink>
            </li>
            <li>
              <NavLink href="/settings">{t('nav.settings')}</NavLink>
            </li>
          </ul>
        </nav>
        <div className="sidebar-footer">
          <BackupStatusLine />
          <ErrorNotice error={lockError} />
          <button
            type="button"
            className="button-lock"
            onClick={() => lock()}
            title={t('frame.lockTitle', { shortcut: LOCK_SHORTCUT_LABEL })}
            aria-keyshortcuts={LOCK_SHORTCUT_ARIA}
          >
            {t('frame.lock')}
            <kbd aria-hidden="true">{LOCK_SHORTCUT_LABEL}</kbd>
          </button>
        </div>
      </aside>
      <main className="content">
        <AuditIntegrityBanner />
        <AppRoutes />
      </main>
      <Toaster />
      <CommandPalette open={searching} onClose={() => setSearching(false)} />
      <HitHighlighter />
    </div>
  );
}
