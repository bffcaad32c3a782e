/** The one IPC channel between the renderer and main (shared by preload and main). */
export const CALL_CHANNEL = 'trygg:call';
