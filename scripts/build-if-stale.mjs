// Builds the app (electron-vite) when out/ is missing or older than its sources, so `npm start`
// and `npm run web` never serve yesterday's code and never rebuild for nothing.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const SOURCE_DIRS = ['electron', 'renderer', 'shared'];
const SOURCE_FILES = ['electron.vite.config.ts', 'tsconfig.json'];
// Every entry the build writes; one missing means the last build did not finish.
const OUTPUTS = [
  'out/main/index.js',
  'out/main/core.js',
  'out/main/web.js',
  'out/preload/index.js',
  'out/renderer/index.html',
];

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestUnder(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return newest;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') newest = Math.max(newest, newestUnder(path));
    } else {
      newest = Math.max(newest, mtime(path) ?? 0);
    }
  }
  return newest;
}

/** True when the build output is missing or any source is newer than the oldest output. */
export function buildIsStale() {
  const outputTimes = OUTPUTS.map((file) => mtime(join(root, file)));
  if (outputTimes.some((t) => t === undefined)) return true;
  const builtAt = Math.min(...outputTimes);
  const newestSource = Math.max(
    ...SOURCE_DIRS.map((dir) => newestUnder(join(root, dir))),
    ...SOURCE_FILES.map((file) => mtime(join(root, file)) ?? 0),
  );
  return newestSource > builtAt;
}

/**
 * Runs `electron-vite build` when the build is stale. Synchronous, so it works whether or not
 * the caller awaits it. Returns whether it built; throws when the build fails.
 */
export function buildIfStale() {
  if (!buildIsStale()) return false;
  console.log('Building Trygg (the build is missing or older than the sources)...');
  // The local CLI through this same Node, rather than `npx`, so it behaves alike on every OS.
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`The build failed (electron-vite exited with ${result.status ?? result.signal}).`);
  }
  return true;
}

// `node scripts/build-if-stale.mjs` (used by the Electron smoke test before it launches the app).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    buildIfStale();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
