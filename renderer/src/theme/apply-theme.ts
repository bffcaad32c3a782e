import type { Theme } from '@shared/api/settings';

/** The stylesheet reads data-theme; "system" is resolved there, live, by prefers-color-scheme. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}
