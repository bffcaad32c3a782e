export interface SandboxFacts {
  platform: string;
  /** This process's user id (undefined on Windows). */
  uid: number | undefined;
  /** /proc/sys/kernel/apparmor_restrict_unprivileged_userns, when it exists. */
  apparmorRestrictUserns: string | undefined;
  /** /proc/sys/kernel/unprivileged_userns_clone, when it exists. */
  unprivilegedUsernsClone: string | undefined;
  /** node_modules/electron/dist/chrome-sandbox's owner and mode, when it exists. */
  sandbox: { path: string; uid: number; mode: number } | undefined;
}
export interface SandboxBlocker {
  path: string;
  command: string;
}
/** A path as one shell word. */
export function shellWord(path: string): string;
/** Whether Electron would die at start for want of a usable setuid sandbox helper, and the fix. */
export function sandboxBlocker(facts: SandboxFacts): SandboxBlocker | undefined;
/** What the clinician reads when the helper is unusable. */
export function sandboxAdvice(blocker: SandboxBlocker): string;
/** This machine's facts. */
export function readSandboxFacts(electronDistDir: string): SandboxFacts;
