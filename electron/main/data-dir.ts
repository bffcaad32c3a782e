import { join, resolve } from 'node:path';
import { app } from 'electron';

/**
 * Where the vault lives: TRYGG_DATA_DIR, else "<appData>/Trygg", the folder the web host also
 * uses (electron/web/data-dir.ts), so browser and app open one vault. It becomes userData too:
 * Chromium's own files then sit beside the vault they belong to, a test's fresh directory starts
 * a fresh profile, and the single-instance lock is per vault. Call before 'ready'.
 */
export function useDataDir(): string {
  const override = process.env.TRYGG_DATA_DIR;
  const dir = override ? resolve(override) : join(app.getPath('appData'), 'Trygg');
  app.setPath('userData', dir);
  return dir;
}
