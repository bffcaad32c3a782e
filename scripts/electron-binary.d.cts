/** The Electron executable's path, or undefined when it is not installed. Never downloads. */
export function electronBinary(): string | undefined;
/** Runs node_modules/electron/install.js (a download) for at most `timeoutMs`; returns whether it worked. */
export function installElectron(timeoutMs: number): boolean;
