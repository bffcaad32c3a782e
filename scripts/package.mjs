// npm run package: the desktop app as installers for this system (AppImage and deb on Linux, dmg
// on macOS, NSIS on Windows) with electron-builder.json, Electron's fuses included. It packages the
// Electron runtime npm start downloaded, so where that runtime is missing (a machine that cannot
// download or run Electron) it says so and does nothing: the configuration is checked by
// scripts/package-config.test.ts instead.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronDir } from './electron-binary.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (!electronBinary()) {
  console.log(
    'Packaging skipped: the Electron runtime is not installed here (node_modules/electron/dist is missing), ' +
      'and electron-builder packages that runtime. Run `npm start` once where Electron can be downloaded, then `npm run package`. ' +
      'The packaging configuration (electron-builder.json) is checked by npm test.',
  );
  process.exit(0);
}

const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', 'build']);
run('npx', [
  'electron-builder',
  '--config',
  'electron-builder.json',
  `--config.electronDist=${join(electronDir, 'dist')}`,
]);
