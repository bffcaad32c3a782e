import { shortcutAria, shortcutLabel, useModShortcut } from '../../ui/mod-shortcut';

export const SAVE_SHORTCUT_LABEL = shortcutLabel('S');
export const SAVE_SHORTCUT_ARIA = shortcutAria('S');

/** Ctrl+S (⌘S on a Mac) saves at once instead of opening the browser's "save page" dialog. */
export const useSaveShortcut = (save: () => void, enabled: boolean): void => useModShortcut('S', save, enabled);
