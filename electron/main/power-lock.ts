import { powerMonitor } from 'electron';
import { watchLinuxScreenLock } from './linux-screen-lock';

export interface PowerLockOptions {
  log: (message: string) => void;
  platform?: NodeJS.Platform;
}

/**
 * Locks the vault when the computer sleeps or the screen locks: an unattended vault is shut.
 * powerMonitor reports a screen lock on macOS and Windows only; on Linux the desktop's D-Bus
 * signal does. Either way the core's vault.locked event reaches the window at once. Returns the
 * function that stops listening on D-Bus.
 */
export function lockOnSuspend(lock: () => void, { log, platform = process.platform }: PowerLockOptions): () => void {
  powerMonitor.on('suspend', lock);
  if (platform === 'linux') return watchLinuxScreenLock({ onLock: lock, log });
  powerMonitor.on('lock-screen', lock);
  return () => undefined;
}
