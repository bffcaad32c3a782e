import { useEffect } from 'react';

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

export const SAVE_SHORTCUT_LABEL = isMac ? '⌘S' : 'Ctrl+S';
export const SAVE_SHORTCUT_ARIA = isMac ? 'Meta+S' : 'Control+S';

/** Ctrl+S (⌘S on a Mac) saves at once instead of opening the browser's "save page" dialog. */
export function useSaveShortcut(save: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const modifier = isMac ? event.metaKey : event.ctrlKey;
      if (!modifier || event.altKey || event.shiftKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      save();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [save, enabled]);
}
