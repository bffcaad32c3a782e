// One install serves both runtimes: node_modules keeps the Node-ABI build of the SQLite module
// (tests, web host), and this script makes an Electron-ABI copy beside it in .electron-native/,
// built in a temporary copy of the package so the Node build is never touched.
// The core loads it through better-sqlite3's `nativeBinding` option (electron/main/native-binding.ts
// looks for the same file name).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

function electronNativePath(version) {
  return join(root, '.electron-native', `better_sqlite3-electron-${version}.node`);
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
export function ensureElectronNative() {
  const version = electronVersion();
  const target = electronNativePath(version);
  if (existsSync(target)) return target;

  const nodeGyp = findNodeGyp();
  if (!nodeGyp) throw new Error('node-gyp was not found (neither in node_modules nor bundled with npm).');

  console.log(`Building the database module for Electron ${version} (once; this takes a few minutes)...`);
  const work = mkdtempSync(join(tmpdir(), 'trygg-native-'));
  try {
    const copy = join(work, PACKAGE);
    // The sources only: the existing build/ belongs to Node and stays where it is.
    cpSync(packageDir, copy, { recursive: true, filter: (src) => src !== join(packageDir, 'build') });
    // Electron's ABI comes from building against Electron's headers: --target with --dist-url.
    // (node-gyp has no runtime option; `--runtime=electron` belongs to node-pre-gyp/prebuild.)
    const args = [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${version}`,
      '--dist-url=https://electronjs.org/headers',
      '--jobs=max',
    ];
    const result = spawnSync(process.execPath, args, { cwd: copy, env: nodeGypEnv(), stdio: 'inherit' });
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (result.status !== 0 || !existsSync(built)) {
      throw new Error(
        `node-gyp could not build the database module for Electron ${version} ` +
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
