// `npm start`: the desktop app where Electron can run. Where it cannot (its runtime cannot be
// downloaded, this Node is too old for its installer, its sandbox helper is not set up, or it dies
// while starting), the same app in the browser through the loopback web host, said in plain words.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';
import { electronBinary, electronDir } from './electron-binary.cjs';
import { downloadElectron, nodeTooOld } from './electron-download.mjs';
import { ensureElectronNative } from './electron-native.mjs';
import { readSandboxFacts, sandboxAdvice, sandboxBlocker } from './electron-sandbox.mjs';
import { appendTail, diedWhileStarting, diedWhileStartingMessage, signalToForward } from './launch-rules.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

// A closed terminal must not kill this launcher while its child is still shutting down.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);

/**
 * Runs a child in this terminal, passes on only the signals the terminal did not already deliver
 * to it (launch-rules.mjs), and calls `onExit` as it exits. Returns a function that receives each
 * stderr chunk when stderr is piped.
 */
function runChild(command, args, { env = process.env, pipeStderr = false, onExit }) {
  const child = spawn(command, args, {
    cwd: root,
    env,
    stdio: ['inherit', 'inherit', pipeStderr ? 'pipe' : 'inherit'],
  });
  const state = { stopRequested: false, forwarded: false };
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      state.stopRequested = true;
      const forward = signalToForward(signal, { platform: process.platform, alreadyForwarded: state.forwarded });
      if (forward) {
        state.forwarded = true;
        child.kill(forward);
      }
    };
    process.on(signal, handler);
    return [signal, handler];
  });
  child.on('exit', (code, signal) => {
    for (const [name, handler] of handlers) process.off(name, handler);
    onExit(code, signal, state.stopRequested);
  });
  return child;
}

function startInBrowser(reason) {
  console.log(`\n${reason}\nTrygg starts in the browser instead: open the address printed below.\n`);
  runChild(process.execPath, [join(root, 'out', 'main', 'web.js')], {
    onExit: (code, signal) => process.exit(code ?? (signal ? 1 : 0)),
  });
}

function startDesktop(electron) {
  // Set by some tools, it would make Electron behave as plain Node and ignore the app.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
  const startedAt = Date.now();
  let tail = '';
  const child = runChild(electron, [root], {
    env,
    pipeStderr: true,
    onExit: (code, signal, stopRequested) => {
      if (diedWhileStarting({ code, signal, elapsedMs: Date.now() - startedAt, stopRequested })) {
        return startInBrowser(diedWhileStartingMessage({ code, signal, tail }));
      }
      process.exit(code ?? (signal ? 1 : 0));
    },
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    tail = appendTail(tail, chunk);
  });
}

/** The Electron executable when the desktop app can start here, else the reason it cannot. */
async function desktopOrReason() {
  let electron = electronBinary();
  if (!electron) {
    const engines = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).engines?.node;
    const wanted = nodeTooOld(process.versions.node, engines);
    if (wanted) {
      return {
        reason:
          `The Electron runtime is not installed yet, and its installer needs Node ${wanted} or later; ` +
          `this is Node ${process.versions.node}. Install a newer Node to use the desktop app.`,
      };
    }
    console.log('The Electron runtime is not installed yet; downloading it (about 100 MB, once)...');
    const failed = await downloadElectron(electronDir);
    if (failed) return { reason: failed };
    electron = electronBinary();
    if (!electron) return { reason: 'The Electron runtime was downloaded, but its executable is missing.' };
  }
  const blocker = sandboxBlocker(readSandboxFacts(dirname(electron)));
  if (blocker) return { reason: sandboxAdvice(blocker) };
  try {
    ensureElectronNative();
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { reason: `The database module could not be prepared for the desktop app: ${why}` };
  }
  return { electron };
}

try {
  buildIfStale();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}

const { electron, reason } = await desktopOrReason();
if (electron) startDesktop(electron);
else startInBrowser(reason);
