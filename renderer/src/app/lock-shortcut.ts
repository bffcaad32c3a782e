import { shortcutAria, shortcutLabel, useModShortcut } from '../ui/mod-shortcut';

export const LOCK_SHORTCUT_LABEL = shortcutLabel('L');
export const LOCK_SHORTCUT_ARIA = shortcutAria('L');

/** Ctrl+L (⌘L on a Mac) locks the vault from anywhere in the window. */
export const useLockShortcut = (lock: () => void): void => useModShortcut('L', lock);
