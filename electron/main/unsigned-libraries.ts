/**
 * Whether the core's utility process starts through Electron's Plugin helper, which may load
 * libraries not signed with the app: on macOS while developing, where the SQLite module is built
 * on this machine (scripts/electron-native.mjs) and macOS's library validation would refuse it in
 * the ordinary helper. A packaged app signs its module with the app and keeps the stricter helper.
 */
export function allowUnsignedLibraries(platform: NodeJS.Platform, isPackaged: boolean): boolean {
  return platform === 'darwin' && !isPackaged;
}
