export interface ElectronArchFacts {
  platform: string;
  nodeArch: string;
  env: Record<string, string | undefined>;
  procTranslated: () => string | undefined;
}
/** The arch node_modules/electron/install.js downloads for these facts (its Rosetta check included). */
export function electronArch(facts: ElectronArchFacts): string;
/** `sysctl -in sysctl.proc_translated`, or undefined where it cannot be read. */
export function readProcTranslated(): string | undefined;
/** The arch of the Electron runtime on this machine. */
export function installedElectronArch(): string;
