import { setTimeout as sleep } from 'node:timers/promises';
import type { Core } from '../../electron/core';

/** A click every 20 ms: far more often than a clinician, so every slice boundary is tried. */
const REQUEST_EVERY_MS = 20;

/**
 * Runs one call of long work through the door and asks `clients.list` every 20 ms meanwhile:
 * how long each answer took from the moment it was asked (the request arriving as its own event,
 * as over HTTP or IPC), the work's own time and its answer.
 */
export async function doorWaitsDuring(
  core: Pick<Core, 'dispatch'>,
  method: string,
  input: unknown,
): Promise<{ waits: number[]; workMs: number; value: unknown }> {
  const waits: number[] = [];
  let done = false;
  const started = performance.now();
  const work = core.dispatch(method, input).finally(() => (done = true));
  while (!done) {
    // Asked when the timer was due: a slice holding the thread delays the timer, and that is
    // exactly the wait a request arriving then would see.
    const asked = performance.now() + REQUEST_EVERY_MS;
    await sleep(REQUEST_EVERY_MS);
    const answer = await core.dispatch('clients.list', {});
    if (!answer.ok) throw new Error(answer.error.message);
    if (!done) waits.push(performance.now() - asked);
  }
  const result = await work;
  const workMs = performance.now() - started;
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return { waits, workMs, value: result.value };
}
