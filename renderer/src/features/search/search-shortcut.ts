import { shortcutAria, shortcutLabel, useModShortcut } from '../../ui/mod-shortcut';

export const SEARCH_SHORTCUT_LABEL = shortcutLabel('K');
export const SEARCH_SHORTCUT_ARIA = shortcutAria('K');

/** Ctrl+K (⌘K on a Mac) opens the search palette from anywhere, the editor included. */
export const useSearchShortcut = (open: () => void): void => useModShortcut('K', open);
