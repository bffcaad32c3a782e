import { powerMonitor } from 'electron';

/** Locks the vault when the computer sleeps or the screen locks: an unattended vault is shut. */
export function lockOnSuspend(lock: () => void): void {
  powerMonitor.on('suspend', lock);
  powerMonitor.on('lock-screen', lock);
}
