import { useEffect } from 'react';

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

export const SEARCH_SHORTCUT_LABEL = isMac ? '⌘K' : 'Ctrl+K';
export const SEARCH_SHORTCUT_ARIA = isMac ? 'Meta+K' : 'Control+K';

/** Ctrl+K (⌘K on a Mac) opens the search palette from anywhere, the editor included. */
export function useSearchShortcut(open: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const modifier = isMac ? event.metaKey : event.ctrlKey;
      if (!modifier || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
}
