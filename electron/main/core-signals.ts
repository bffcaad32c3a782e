/** The part of `process` the core's signal handling uses. */
export interface SignalTarget {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  exit(code: number): void;
}

/**
 * Signals the core process lets pass: the terminal's Ctrl+C (SIGINT) and hang-up (SIGHUP) reach
 * every process in its group, the core included, while main is still quitting; main decides when
 * the vault closes and asks the core to (the close request, or kill(), which is SIGTERM).
 */
export const IGNORED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGHUP'];

/** Installs the core process's signal handling: ignore SIGINT and SIGHUP; on SIGTERM close the vault, then exit. */
export function handleCoreSignals(target: SignalTarget, closeVault: () => void): void {
  for (const signal of IGNORED_SIGNALS) target.on(signal, () => undefined);
  // Electron's kill() sends SIGTERM on POSIX: close the vault rather than die with it open.
  target.on('SIGTERM', () => {
    try {
      closeVault();
    } finally {
      target.exit(0);
    }
  });
}
