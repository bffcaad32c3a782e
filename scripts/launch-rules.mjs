// How `npm start` runs its child (Electron, or the web host): which signals it passes on, when an
// exit counts as "died while starting", and the last words kept from the child's stderr.

/**
 * The signal to pass to the child when this launcher receives `signal`, or undefined.
 *
 * The child shares the terminal's process group: Ctrl+C (SIGINT) and a closed terminal (SIGHUP)
 * already reach it from the terminal, and Electron handles only the first of each (a second kills
 * it in the middle of before-quit, before the vault is closed). SIGTERM is sent to one process
 * (`kill <pid>`, or npm passing its own on), so it is passed on, once. On Windows Node's kill()
 * terminates at once, skipping before-quit altogether; there the console delivers Ctrl+C itself.
 *
 * @param {string} signal
 * @param {{ platform: string, alreadyForwarded: boolean }} state
 * @returns {string | undefined}
 */
export function signalToForward(signal, { platform, alreadyForwarded }) {
  if (platform === 'win32' || alreadyForwarded) return undefined;
  return signal === 'SIGTERM' ? 'SIGTERM' : undefined;
}

/** How long after launch a failed exit still counts as failing to start. */
export const START_WINDOW_MS = 15_000;

/**
 * Whether Electron died while starting (so the launcher starts the web host instead): it failed
 * (a non-zero code or a signal) soon after launch, and nobody asked it to stop. A quick exit 0 is
 * a success: a second copy hands over to the first and quits.
 *
 * @param {{ code: number | null, signal: string | null, elapsedMs: number, stopRequested: boolean }} exit
 */
export function diedWhileStarting({ code, signal, elapsedMs, stopRequested }) {
  if (stopRequested || elapsedMs > START_WINDOW_MS) return false;
  return signal !== null || code !== 0;
}

/**
 * Keeps the last `maxLines` lines of a stream that arrives in chunks (at most `maxChars` of text
 * held), for the child's last words.
 *
 * @param {string} tail
 * @param {string} chunk
 * @param {number} [maxLines]
 * @param {number} [maxChars]
 */
export function appendTail(tail, chunk, maxLines = 12, maxChars = 4_000) {
  const text = (tail + chunk).slice(-maxChars);
  const lines = text.split('\n');
  // A trailing newline leaves an empty last element, which is no line of its own.
  const keep = text.endsWith('\n') ? maxLines + 1 : maxLines;
  return lines.slice(-keep).join('\n');
}

/** What the clinician reads when Electron died while starting. */
export function diedWhileStartingMessage({ code, signal, tail }) {
  const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
  const words = tail.trim();
  const lastWords = words
    ? `\nIts last words were:\n${words
        .split('\n')
        .map((line) => `  | ${line}`)
        .join('\n')}\n`
    : '';
  return `The desktop app stopped while starting (Electron ${how}).${lastWords}`;
}
