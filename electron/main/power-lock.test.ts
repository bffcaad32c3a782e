import { EventEmitter } from 'node:events';
import { beforeEach, expect, it, vi } from 'vitest';

const powerMonitor = new EventEmitter();
const stopWatching = vi.fn();
const watchLinuxScreenLock = vi.fn((_options: { onLock: () => void }) => stopWatching);
vi.mock('electron', () => ({ powerMonitor }));
vi.mock('./linux-screen-lock', () => ({ watchLinuxScreenLock }));
const { lockOnSuspend } = await import('./power-lock');

beforeEach(() => {
  powerMonitor.removeAllListeners();
  watchLinuxScreenLock.mockClear();
});

it.each(['darwin', 'win32'] as const)('on %s, sleep and powerMonitor lock-screen lock the vault', (platform) => {
  const lock = vi.fn();
  lockOnSuspend(lock, { log: () => undefined, platform });
  powerMonitor.emit('suspend');
  powerMonitor.emit('lock-screen');
  expect(lock).toHaveBeenCalledTimes(2);
  expect(watchLinuxScreenLock).not.toHaveBeenCalled();
});

it("on Linux, where powerMonitor has no lock-screen, the desktop's D-Bus lock signal locks the vault", () => {
  const lock = vi.fn();
  const stop = lockOnSuspend(lock, { log: () => undefined, platform: 'linux' });
  expect(watchLinuxScreenLock).toHaveBeenCalledOnce();
  watchLinuxScreenLock.mock.calls[0]![0].onLock();
  powerMonitor.emit('suspend');
  expect(lock).toHaveBeenCalledTimes(2);
  stop();
  expect(stopWatching).toHaveBeenCalled();
});
