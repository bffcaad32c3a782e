import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { closeVaultBeforeExit, type PreventableEvent } from './close-before-exit';

function preventable(): PreventableEvent & { prevented: boolean } {
  const event = {
    prevented: false,
    preventDefault: () => {
      event.prevented = true;
    },
  };
  return event;
}

function setUp(platform: NodeJS.Platform) {
  const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
  const powerMonitor = new EventEmitter();
  let finishClose: () => void = () => undefined;
  const closeVault = vi.fn(
    () =>
      new Promise<void>((resolve) => {
        finishClose = resolve;
      }),
  );
  // Quitting emits before-quit again, as Electron's app.quit() does.
  app.quit.mockImplementation(() => app.emit('before-quit', preventable()));
  const { watchWindow } = closeVaultBeforeExit({ platform, app, powerMonitor, closeVault });
  const window = new EventEmitter();
  watchWindow(window);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { app, powerMonitor, window, closeVault, finish: () => finishClose(), settle };
}

describe('closeVaultBeforeExit', () => {
  it('holds a quit until the vault is closed, then lets the quit through', async () => {
    const { app, closeVault, finish, settle } = setUp('linux');
    const quit = preventable();
    app.emit('before-quit', quit);
    expect(quit.prevented).toBe(true);
    expect(closeVault).toHaveBeenCalledOnce();
    expect(app.quit).not.toHaveBeenCalled();

    finish();
    await settle();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(closeVault).toHaveBeenCalledOnce();
  });

  it.each(['linux', 'darwin'] as const)(
    'on %s delays a system shutdown, closes the vault once, then quits',
    async (platform) => {
      const { app, powerMonitor, closeVault, finish, settle } = setUp(platform);
      const shutdown = preventable();
      powerMonitor.emit('shutdown', shutdown);
      expect(shutdown.prevented).toBe(true);
      // A before-quit meanwhile waits for the same close.
      app.emit('before-quit', preventable());
      finish();
      await settle();
      expect(closeVault).toHaveBeenCalledOnce();
      expect(app.quit).toHaveBeenCalled();
    },
  );

  it("on Windows closes the vault at a session's end (shutdown, restart, log off skip before-quit)", () => {
    const { powerMonitor, window, closeVault } = setUp('win32');
    expect(powerMonitor.listenerCount('shutdown')).toBe(0);
    window.emit('session-end');
    expect(closeVault).toHaveBeenCalledOnce();
  });

  it('listens for session-end on Windows only', () => {
    const { window } = setUp('linux');
    expect(window.listenerCount('session-end')).toBe(0);
  });

  it('a close that fails still lets the quit go on', async () => {
    const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
    closeVaultBeforeExit({
      platform: 'linux',
      app,
      powerMonitor: new EventEmitter(),
      closeVault: () => Promise.reject(new Error('core gone')),
    });
    app.emit('before-quit', preventable());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.quit).toHaveBeenCalledOnce();
  });
});
