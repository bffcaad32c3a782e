/** The IPC channels between the renderer and main (shared by preload and main). */
/** Renderer -> core: `{ method, input }`, answered with a Result. */
export const CALL_CHANNEL = 'trygg:call';
/** Core -> renderer: one CoreEvent per message, sent only to our own window. */
export const EVENT_CHANNEL = 'trygg:event';
/** Renderer -> main: `{ capability, input }`, what only the shell can do, answered with a Result. */
export const HOST_CHANNEL = 'trygg:host';
