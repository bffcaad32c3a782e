// One install serves both runtimes: node_modules keeps the Node-ABI build of the SQLite module
// (tests, web host), and this script makes an Electron-ABI copy beside it in .electron-native/,
// built in a temporary copy of the package so the Node build is never touched.
// The core loads it through better-sqlite3's `nativeBinding` option (electron/main/native-binding.ts
// looks for the same file name, scripts/electron-native-name.mjs). It is built for the arch of the
// Electron binary, which is not always the running Node's (an x64 Node under Rosetta on Apple Silicon).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { installedElectronArch } from './electron-arch.mjs';
import { ELECTRON_NATIVE_DIR, electronNativeFileName } from './electron-native-name.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = 'better-sqlite3-multiple-ciphers';
const packageDir = join(root, 'node_modules', PACKAGE);

// node-gyp takes options from npm_config_* and npm_package_config_node_gyp_* variables, and they
// win over its command line: a `nodedir` in ~/.npmrc would silently build against Node's headers.
const NODE_GYP_ENV = /^(npm_config_|npm_package_config_node_gyp_)(.+)$/i;
const HEADER_SETTINGS = ['nodedir', 'target', 'disturl', 'dist_url'];

/** The Electron version installed in node_modules (read from its package.json, never `require('electron')`, which downloads). */
function electronVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

function electronNativePath(version, arch) {
  return join(root, ELECTRON_NATIVE_DIR, electronNativeFileName(version, arch));
}

/**
 * node-gyp's arguments for an Electron-ABI build: Electron's headers (--target with --dist-url;
 * node-gyp has no runtime option, `--runtime=electron` belongs to node-pre-gyp/prebuild) and the
 * Electron binary's arch, never the running Node's.
 *
 * @param {string} version
 * @param {string} arch
 */
export function nodeGypArgs(version, arch) {
  return [
    'rebuild',
    '--release',
    `--target=${version}`,
    `--arch=${arch}`,
    '--dist-url=https://electronjs.org/headers',
    '--jobs=max',
  ];
}

function findNodeGyp() {
  const candidates = [join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')];
  // The node-gyp bundled with npm: beside npm-cli.js when run through npm, else beside this Node.
  if (process.env.npm_execpath) {
    candidates.push(join(dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  }
  const prefix = dirname(dirname(process.execPath));
  candidates.push(join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  candidates.push(
    join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  return candidates.find((path) => existsSync(path));
}

function nodeGypEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    const setting = NODE_GYP_ENV.exec(key)?.[2]?.toLowerCase().replaceAll('-', '_');
    if (setting && HEADER_SETTINGS.includes(setting)) delete env[key];
  }
  return env;
}

/**
 * Makes sure the Electron-ABI build exists and returns its path. Builds it (a few minutes, once
 * per Electron version) when missing; throws with a plain reason when that is impossible.
 */
export function ensureElectronNative(arch = installedElectronArch()) {
  const version = electronVersion();
  const target = electronNativePath(version, arch);
  if (existsSync(target)) return target;

  const nodeGyp = findNodeGyp();
  if (!nodeGyp) throw new Error('node-gyp was not found (neither in node_modules nor bundled with npm).');

  console.log(`Building the database module for Electron ${version} (${arch}; once, this takes a few minutes)...`);
  const work = mkdtempSync(join(tmpdir(), 'trygg-native-'));
  try {
    const copy = join(work, PACKAGE);
    // The sources only: the existing build/ belongs to Node and stays where it is.
    cpSync(packageDir, copy, { recursive: true, filter: (src) => src !== join(packageDir, 'build') });
    const args = [nodeGyp, ...nodeGypArgs(version, arch)];
    const result = spawnSync(process.execPath, args, { cwd: copy, env: nodeGypEnv(), stdio: 'inherit' });
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (result.status !== 0 || !existsSync(built)) {
      throw new Error(
        `node-gyp could not build the database module for Electron ${version} (${arch}) ` +
          '(it needs the Electron headers from electronjs.org and a C++ compiler).',
      );
    }
    mkdirSync(dirname(target), { recursive: true });
    // Copy, then rename: an interrupted copy never leaves a half file that looks finished.
    const partial = `${target}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, target);
    console.log(`Built ${target}`);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// `node scripts/electron-native.mjs`: build now (the Electron smoke test does this before launching).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureElectronNative();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
