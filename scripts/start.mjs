// `npm start`: the desktop app where Electron can run; where its runtime is missing and cannot be
// downloaded, the same app in the browser through the loopback web host, said in plain words.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';
import { electronBinary, installElectron } from './electron-binary.cjs';
import { ensureElectronNative } from './electron-native.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Long enough for a download on a slow line, short enough that an offline machine is not kept waiting.
const INSTALL_TIMEOUT_MS = 90_000;

/** Runs a child in this terminal, passes Ctrl+C and termination on, and exits as it exits. */
function runForwardingSignals(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startInBrowser(reason) {
  console.log(`${reason}\nTrygg starts in the browser instead: open the address printed below.\n`);
  runForwardingSignals(process.execPath, [join(root, 'out', 'main', 'web.js')]);
}

function findOrInstallElectron() {
  const found = electronBinary();
  if (found) return found;
  console.log('The Electron runtime is not installed yet; trying to download it...');
  return installElectron(INSTALL_TIMEOUT_MS) ? electronBinary() : undefined;
}

try {
  buildIfStale();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}

/** The Electron executable when the desktop app can start here, else the reason it cannot. */
function desktopOrReason() {
  const electron = findOrInstallElectron();
  if (!electron) return { reason: 'The Electron runtime could not be downloaded on this machine.' };
  try {
    ensureElectronNative();
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { reason: `The database module could not be prepared for the desktop app: ${why}` };
  }
  return { electron };
}

const { electron, reason } = desktopOrReason();
if (electron) {
  // Set by some tools, it would make Electron behave as plain Node and ignore the app.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
  runForwardingSignals(electron, [root], env);
} else {
  startInBrowser(reason);
}
