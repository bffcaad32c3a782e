// The first `npm start` downloads the Electron runtime (a zip of about 100 MB) with Electron's own
// downloader (@electron/get, as node_modules/electron/install.js does), showing its progress and
// letting it take as long as it keeps moving; then install.js unpacks it from the download cache.
// A download that stalls is told apart from a machine that is offline.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installedElectronArch } from './electron-arch.mjs';

/** No byte for this long and the download is given up as stalled. */
export const STALL_MS = 60_000;

/**
 * The Node version a package's `engines.node` asks for, when this Node is older; else undefined.
 * Only the `>= X.Y.Z` form electron@45 and @electron/get use is read; anything else passes.
 *
 * @param {string} nodeVersion e.g. "20.20.2" (process.versions.node)
 * @param {string | undefined} enginesNode e.g. ">= 22.12.0"
 * @returns {string | undefined}
 */
export function nodeTooOld(nodeVersion, enginesNode) {
  const wanted = /^\s*>=\s*v?(\d+)\.(\d+)\.(\d+)\s*$/.exec(enginesNode ?? '');
  const have = /^v?(\d+)\.(\d+)\.(\d+)/.exec(nodeVersion);
  if (!wanted || !have) return undefined;
  for (let i = 1; i <= 3; i++) {
    const diff = Number(have[i]) - Number(wanted[i]);
    if (diff !== 0) return diff < 0 ? `${wanted[1]}.${wanted[2]}.${wanted[3]}` : undefined;
  }
  return undefined;
}

const MB = 1024 * 1024;

/** "Downloading Electron 45.4.1: 34.2 of 104.9 MB (33%)", or without a total when the server sent none. */
export function progressLine(version, { transferred, total }) {
  const done = (transferred / MB).toFixed(1);
  if (!total) return `Downloading Electron ${version}: ${done} MB`;
  const percent = Math.floor((transferred / total) * 100);
  return `Downloading Electron ${version}: ${done} of ${(total / MB).toFixed(1)} MB (${percent}%)`;
}

// Failures that mean the server could not be reached at all: no name resolution, no route, refused.
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNREFUSED', 'ENETDOWN']);
// Failures that mean it was reached, or being reached, too slowly.
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
// Failures that mean the connection broke off halfway.
const INTERRUPTED_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

/**
 * What went wrong with a download, in plain words: offline, timed out (stalled), cut off halfway,
 * refused by the server, or anything else with its own message.
 *
 * @param {{ stalled: boolean, stallMs?: number, code?: string, status?: number, message: string }} failure
 * @returns {{ kind: 'offline' | 'timeout' | 'interrupted' | 'http' | 'other', reason: string }}
 */
export function downloadFailure({ stalled, stallMs = STALL_MS, code, status, message }) {
  if (stalled || (code && TIMEOUT_CODES.has(code))) {
    return {
      kind: 'timeout',
      reason:
        `The download of the Electron runtime timed out: no data arrived for ${stallMs / 1000} s ` +
        `(a slow or interrupted line${code ? `; ${code}` : ''}). \`npm start\` tries again next time.`,
    };
  }
  if (code && OFFLINE_CODES.has(code)) {
    return {
      kind: 'offline',
      reason: `The Electron runtime could not be downloaded: this machine cannot reach the download server (${code}); it looks offline, or a firewall or proxy stops it.`,
    };
  }
  if (code && INTERRUPTED_CODES.has(code)) {
    return {
      kind: 'interrupted',
      reason: `The download of the Electron runtime was cut off halfway (${code}). \`npm start\` tries again next time.`,
    };
  }
  if (status) {
    return {
      kind: 'http',
      reason: `The Electron runtime could not be downloaded: the download server answered HTTP ${status}.`,
    };
  }
  return { kind: 'other', reason: `The Electron runtime could not be downloaded: ${message}` };
}

/** The code and status inside what fetch or @electron/get threw (fetch hides the code in `cause`). */
export function describeError(err) {
  const error =
    /** @type {{ code?: unknown, cause?: { code?: unknown }, response?: { status?: unknown }, message?: unknown }} */ (
      typeof err === 'object' && err !== null ? err : {}
    );
  const code = [error.cause?.code, error.code].find((value) => typeof value === 'string');
  const status = typeof error.response?.status === 'number' ? error.response.status : undefined;
  return { code, status, message: String(error.message ?? err) };
}

/**
 * A timer that fires `onStall` once `ms` pass without a call to `touch`.
 *
 * @param {number} ms
 * @param {() => void} onStall
 */
export function stallWatch(ms, onStall) {
  let timer = setTimeout(onStall, ms);
  return {
    touch() {
      clearTimeout(timer);
      timer = setTimeout(onStall, ms);
    },
    stop() {
      clearTimeout(timer);
    },
  };
}

/** Prints progress: one line rewritten in place on a terminal, a line per tenth elsewhere. */
function progressPrinter(version) {
  const tty = process.stdout.isTTY;
  let lastTenth = -1;
  let shown = false;
  return {
    update(progress) {
      shown = true;
      if (tty) return void process.stdout.write(`\r${progressLine(version, progress)}`);
      const tenth = progress.total ? Math.floor((progress.transferred / progress.total) * 10) : -1;
      if (tenth > lastTenth) {
        lastTenth = tenth;
        console.log(progressLine(version, progress));
      }
    },
    end() {
      // Ends the line rewritten in place, if there was one.
      if (tty && shown) process.stdout.write('\n');
    },
  };
}

/**
 * Downloads the Electron runtime into Electron's cache and unpacks it into node_modules/electron.
 * Resolves to undefined when done, or to the reason it could not be.
 *
 * @param {string} electronDir node_modules/electron (absolute)
 * @param {{ stallMs?: number }} [options]
 * @returns {Promise<string | undefined>}
 */
export async function downloadElectron(electronDir, { stallMs = STALL_MS } = {}) {
  const pkg = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  const requireFromElectron = createRequire(join(electronDir, 'package.json'));
  const { downloadArtifact } = await import(pathToFileURL(requireFromElectron.resolve('@electron/get')).href);
  const env = process.env;
  const remoteChecksums = env.electron_use_remote_checksums || env.npm_config_electron_use_remote_checksums;

  const printer = progressPrinter(pkg.version);
  const abort = new AbortController();
  let stalled = false;
  const watch = stallWatch(stallMs, () => {
    stalled = true;
    abort.abort();
  });
  try {
    // The same artifact install.js asks for, so its own run below finds it in the cache.
    await downloadArtifact({
      version: pkg.version,
      artifactName: 'electron',
      force: env.force_no_cache === 'true',
      cacheRoot: env.electron_config_cache,
      checksums: remoteChecksums ? undefined : requireFromElectron('./checksums.json'),
      platform: env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform,
      arch: installedElectronArch(),
      downloadOptions: {
        quiet: true,
        signal: abort.signal,
        getProgressCallback: (progress) => {
          watch.touch();
          printer.update(progress);
        },
      },
    });
  } catch (err) {
    printer.end();
    return downloadFailure({ stalled, stallMs, ...describeError(err) }).reason;
  } finally {
    watch.stop();
  }
  printer.end();

  console.log('Unpacking the Electron runtime...');
  const { force_no_cache: _force, ...unpackEnv } = env;
  const unpacked = spawnSync(process.execPath, [join(electronDir, 'install.js')], { env: unpackEnv, stdio: 'inherit' });
  if (unpacked.status !== 0)
    return 'The Electron runtime was downloaded but could not be unpacked (see the lines above).';
  return undefined;
}
