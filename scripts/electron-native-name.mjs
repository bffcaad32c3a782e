// One name for the Electron-ABI build of the SQLite module, shared by the script that builds it
// (scripts/electron-native.mjs) and main, which looks it up (electron/main/native-binding.ts).
// The arch is part of it: a module built for the wrong arch must never be found and loaded.

/**
 * @param {string} electronVersion
 * @param {string} arch
 * @returns {string}
 */
export function electronNativeFileName(electronVersion, arch) {
  return `better_sqlite3-electron-${electronVersion}-${arch}.node`;
}

/** The folder, under the app's root, that holds it. */
export const ELECTRON_NATIVE_DIR = '.electron-native';
