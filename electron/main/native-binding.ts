import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import { ELECTRON_NATIVE_DIR, electronNativeFileName } from '../../scripts/electron-native-name.mjs';

/**
 * The Electron-ABI build of the SQLite module that scripts/electron-native.mjs keeps beside the
 * Node one, under the same name (version and arch: main's process.arch is the Electron binary's).
 * A packaged app ships its module built for Electron instead.
 */
export function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = electronNativeFileName(process.versions.electron, process.arch);
  const path = join(app.getAppPath(), ELECTRON_NATIVE_DIR, file);
  if (existsSync(path)) return path;
  console.error(
    `[main] ${path} is missing, so the vault cannot open under Electron. ` +
      'Start Trygg with `npm start`, or run `node scripts/electron-native.mjs` once.',
  );
  return undefined;
}
