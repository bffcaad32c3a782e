import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The same folder Electron's app.getPath('userData') gives for "Trygg", so the browser and the
 * desktop app open one vault. TRYGG_DATA_DIR overrides it everywhere.
 */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.TRYGG_DATA_DIR) return resolve(env.TRYGG_DATA_DIR);
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Trygg');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Trygg');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Trygg');
}
