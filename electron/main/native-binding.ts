import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';

/**
 * The Electron-ABI build of the SQLite module that scripts/electron-native.mjs keeps beside the
 * Node one (same file name there). A packaged app ships its module built for Electron instead.
 */
export function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = `better_sqlite3-electron-${process.versions.electron}.node`;
  const path = join(app.getAppPath(), '.electron-native', file);
  if (existsSync(path)) return path;
  console.error(
    `[main] ${path} is missing, so the vault cannot open under Electron. ` +
      'Start Trygg with `npm start`, or run `node scripts/electron-native.mjs` once.',
  );
  return undefined;
}
