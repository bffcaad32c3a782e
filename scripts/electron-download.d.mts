/** No byte for this long and the download is given up as stalled. */
export const STALL_MS: number;
/** The Node version `enginesNode` (">= X.Y.Z") asks for, when `nodeVersion` is older. */
export function nodeTooOld(nodeVersion: string, enginesNode: string | undefined): string | undefined;
/** One line of download progress. */
export function progressLine(version: string, progress: { transferred: number; total: number | null }): string;
export type DownloadFailureKind = 'offline' | 'timeout' | 'interrupted' | 'http' | 'other';
/** What went wrong with a download, in plain words. */
export function downloadFailure(failure: {
  stalled: boolean;
  stallMs?: number;
  code?: string | undefined;
  status?: number | undefined;
  message: string;
}): { kind: DownloadFailureKind; reason: string };
/** The code and status inside an error thrown by fetch or @electron/get. */
export function describeError(err: unknown): { code: string | undefined; status: number | undefined; message: string };
/** A timer that fires `onStall` once `ms` pass without a call to `touch`. */
export function stallWatch(ms: number, onStall: () => void): { touch(): void; stop(): void };
/** Downloads and unpacks the Electron runtime; resolves to the reason it could not, or undefined. */
export function downloadElectron(electronDir: string, options?: { stallMs?: number }): Promise<string | undefined>;
