/** True when the build output is missing or older than its sources. */
export function buildIsStale(): boolean;
/** Runs `electron-vite build` when the build is stale; returns whether it built. */
export function buildIfStale(): boolean;
