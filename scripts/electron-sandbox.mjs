// Chromium on Linux sandboxes its renderers in unprivileged user namespaces. Where the kernel
// refuses them to unconfined programs (Ubuntu 23.10 and later: AppArmor's
// apparmor_restrict_unprivileged_userns = 1), it falls back to the setuid helper
// node_modules/electron/dist/chrome-sandbox, which npm installs neither root-owned nor setuid, and
// Electron then dies at start (electron/electron#42510). Checked before launching, so the
// clinician is told the one command that fixes it instead of a FATAL line.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const S_ISUID = 0o4000;
const S_IXOTH = 0o001;

/** A path as one shell word (single-quoted when it holds anything a shell would read). */
export function shellWord(path) {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}

/**
 * Whether Chromium will need the setuid helper here and find it unusable; if so, where it is and
 * the command that makes it usable. The helper is usable as Chromium checks it: owned by root,
 * with the setuid bit and execute for others (mode 4755).
 *
 * @param {{
 *   platform: string,
 *   uid: number | undefined,
 *   apparmorRestrictUserns: string | undefined,
 *   unprivilegedUsernsClone: string | undefined,
 *   sandbox: { path: string, uid: number, mode: number } | undefined,
 * }} facts
 * @returns {{ path: string, command: string } | undefined}
 */
export function sandboxBlocker({ platform, uid, apparmorRestrictUserns, unprivilegedUsernsClone, sandbox }) {
  // The restrictions bind unprivileged users only: root creates namespaces regardless.
  if (platform !== 'linux' || !sandbox || uid === 0) return undefined;
  // Debian's older kernels switch unprivileged namespaces off with unprivileged_userns_clone = 0.
  const namespacesRefused = apparmorRestrictUserns?.trim() === '1' || unprivilegedUsernsClone?.trim() === '0';
  if (!namespacesRefused) return undefined;
  const usable = sandbox.uid === 0 && (sandbox.mode & S_ISUID) !== 0 && (sandbox.mode & S_IXOTH) !== 0;
  if (usable) return undefined;
  const word = shellWord(sandbox.path);
  return { path: sandbox.path, command: `sudo chown root ${word} && sudo chmod 4755 ${word}` };
}

/** What the clinician reads when the helper is unusable. */
export function sandboxAdvice(blocker) {
  return (
    'The desktop app cannot start yet: this Linux (Ubuntu 23.10 and later do this) only lets ' +
    'Electron sandbox its windows through its helper program, and that helper has not been set up. ' +
    'Run this once (it asks for your password), then `npm start` again:\n\n' +
    `  ${blocker.command}\n`
  );
}

function readSysctl(name) {
  try {
    return readFileSync(join('/proc/sys/kernel', name), 'utf8');
  } catch {
    return undefined;
  }
}

/** This machine's facts for sandboxBlocker. */
export function readSandboxFacts(electronDistDir) {
  const path = join(electronDistDir, 'chrome-sandbox');
  let sandbox;
  try {
    const stat = statSync(path);
    sandbox = { path, uid: stat.uid, mode: stat.mode };
  } catch {
    sandbox = undefined;
  }
  return {
    platform: process.platform,
    uid: process.getuid?.(),
    apparmorRestrictUserns: readSysctl('apparmor_restrict_unprivileged_userns'),
    unprivilegedUsernsClone: readSysctl('unprivileged_userns_clone'),
    sandbox,
  };
}
