/** An Electron event whose default can be held off. */
export interface PreventableEvent {
  preventDefault(): void;
}

interface Emitter<Name extends string, Listener> {
  on(event: Name, listener: Listener): unknown;
}

export interface CloseBeforeExitOptions {
  platform: NodeJS.Platform;
  app: Emitter<'before-quit', (event: PreventableEvent) => void> & { quit(): void };
  /** powerMonitor's 'shutdown' passes an event whose preventDefault delays the shutdown. */
  powerMonitor: Emitter<'shutdown', (event?: PreventableEvent) => void>;
  /** Asks the core to close the vault; resolves when it did, or gave up waiting. */
  closeVault: () => Promise<void>;
}

/**
 * Closes the vault once before Trygg goes, whichever way it goes:
 * - a quit: before-quit is held until the core has closed the vault, then the quit goes on;
 * - a shutdown or restart on Linux and macOS: powerMonitor 'shutdown', delayed the same way
 *   (Electron holds a logind delay lock on Linux while a listener is there);
 * - the end of a Windows session (shutdown, restart, log off), which skips before-quit
 *   altogether: each window's 'session-end' asks for the close at once, as Windows may end the
 *   process as soon as the event returns.
 * Returns what to call for each new window.
 */
export function closeVaultBeforeExit({ platform, app, powerMonitor, closeVault }: CloseBeforeExitOptions): {
  watchWindow: (window: Emitter<'session-end', () => void>) => void;
} {
  let closing: Promise<void> | undefined;
  let closed = false;
  const closeOnce = (): Promise<void> => {
    closing ??= closeVault()
      .catch(() => undefined)
      .finally(() => {
        closed = true;
      });
    return closing;
  };
  const closeThenQuit = (): void => {
    void closeOnce().then(() => app.quit());
  };

  app.on('before-quit', (event) => {
    // The quit that follows the close passes through.
    if (closed) return;
    event.preventDefault();
    closeThenQuit();
  });
  if (platform !== 'win32') {
    powerMonitor.on('shutdown', (event) => {
      event?.preventDefault();
      closeThenQuit();
    });
  }
  return {
    watchWindow: (window) => {
      if (platform === 'win32') window.on('session-end', () => void closeOnce());
    },
  };
}
