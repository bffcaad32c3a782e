import { useEffect } from 'react';

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** A Ctrl+letter shortcut (⌘ on a Mac): how to show it, and how to announce it (aria-keyshortcuts). */
export const shortcutLabel = (letter: string): string => (isMac ? `⌘${letter}` : `Ctrl+${letter}`);
export const shortcutAria = (letter: string): string => (isMac ? `Meta+${letter}` : `Control+${letter}`);

/** Runs action on Ctrl+letter (⌘+letter on a Mac) anywhere in the window, instead of the browser's own. */
export function useModShortcut(letter: string, action: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const key = letter.toLowerCase();
    const onKeyDown = (event: KeyboardEvent) => {
      const modifier = isMac ? event.metaKey : event.ctrlKey;
      if (!modifier || event.altKey || event.shiftKey || event.key.toLowerCase() !== key) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [letter, action, enabled]);
}
