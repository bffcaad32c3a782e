/** The file name of the Electron-ABI SQLite module for this Electron version and arch. */
export function electronNativeFileName(electronVersion: string, arch: string): string;
/** The folder, under the app's root, that holds it. */
export const ELECTRON_NATIVE_DIR: string;
