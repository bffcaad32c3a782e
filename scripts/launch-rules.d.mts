/** The signal to pass to the child when the launcher receives `signal`, or undefined. */
export function signalToForward(
  signal: string,
  state: { platform: string; alreadyForwarded: boolean },
): string | undefined;
/** How long after launch a failed exit still counts as failing to start. */
export const START_WINDOW_MS: number;
/** Whether Electron died while starting. */
export function diedWhileStarting(exit: {
  code: number | null;
  signal: string | null;
  elapsedMs: number;
  stopRequested: boolean;
}): boolean;
/** The last `maxLines` lines (at most `maxChars`) of `tail + chunk`. */
export function appendTail(tail: string, chunk: string, maxLines?: number, maxChars?: number): string;
/** What the clinician reads when Electron died while starting. */
export function diedWhileStartingMessage(exit: { code: number | null; signal: string | null; tail: string }): string;
