// Which arch the Electron runtime in node_modules/electron is built for, so the Electron-ABI SQLite
// module is built for the same one: on an Apple Silicon Mac with an x64 Node (Rosetta), Electron's
// installer fetches the arm64 Electron while node-gyp would build for the running Node's x64.
import { execFileSync } from 'node:child_process';

/**
 * Decided exactly as node_modules/electron/install.js decides what to download:
 * ELECTRON_INSTALL_ARCH, else npm_config_arch, else this Node's arch; and on a Mac, an x64 choice
 * that nobody set through npm_config_arch becomes arm64 when `sysctl.proc_translated` is 1 (Rosetta).
 * `procTranslated` is asked only in that last case.
 *
 * @param {{ platform: string, nodeArch: string, env: Record<string, string | undefined>, procTranslated: () => string | undefined }} facts
 * @returns {string}
 */
export function electronArch({ platform, nodeArch, env, procTranslated }) {
  const target = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || platform;
  const arch = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || nodeArch;
  if (target === 'darwin' && platform === 'darwin' && arch === 'x64' && env.npm_config_arch === undefined) {
    if (procTranslated()?.trim() === '1') return 'arm64';
  }
  return arch;
}

/** `sysctl -in sysctl.proc_translated`: "1" under Rosetta, "0" or nothing otherwise (as install.js reads it). */
export function readProcTranslated() {
  try {
    return execFileSync('sysctl', ['-in', 'sysctl.proc_translated'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

/** The arch of the Electron runtime on this machine. */
export function installedElectronArch() {
  return electronArch({
    platform: process.platform,
    nodeArch: process.arch,
    env: process.env,
    procTranslated: readProcTranslated,
  });
}
