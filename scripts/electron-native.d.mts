/** node-gyp's arguments for a build of the SQLite module against Electron `version`'s headers, for `arch`. */
export function nodeGypArgs(version: string, arch: string): string[];
/** Makes sure the Electron-ABI build for `arch` (default: the Electron binary's) exists; returns its path. */
export function ensureElectronNative(arch?: string): string;
