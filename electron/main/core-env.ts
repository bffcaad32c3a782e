/** How main hands the core its settings: environment variables of the utility process. */
export const CORE_ENV = {
  dataDir: 'TRYGG_DATA_DIR',
  nativeBinding: 'TRYGG_NATIVE_BINDING',
} as const;

/**
 * What the core's process may inherit from main's environment: where the home and temporary
 * folders are, the time zone and language (dates), the executable search path and, on Windows,
 * the system folder Node's crypto and file APIs need. Nothing else: no NODE_OPTIONS or ELECTRON_*
 * switch can change how the process that holds the vault's key runs, and no secret another
 * program left in the environment reaches it.
 */
export const INHERITED_ENV = [
  'HOME',
  'USERPROFILE',
  'TMPDIR',
  'TMP',
  'TEMP',
  'TZ',
  'LANG',
  'LC_ALL',
  'PATH',
  'SystemRoot',
  'windir',
] as const;

export interface CoreSettings {
  dataDir: string;
  /** The Electron-ABI SQLite module built while developing; a packaged app ships its own. */
  nativeBinding?: string;
  packaged: boolean;
}

/** The utility process's whole environment: the allow-list above, then the core's own settings. */
export function coreEnvironment(parent: NodeJS.ProcessEnv, settings: CoreSettings): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of INHERITED_ENV) {
    const value = parent[name];
    if (value !== undefined) env[name] = value;
  }
  env[CORE_ENV.dataDir] = settings.dataDir;
  // A packaged app loads only the module it ships: no variable may point its core at other code.
  if (settings.nativeBinding && !settings.packaged) env[CORE_ENV.nativeBinding] = settings.nativeBinding;
  return env;
}
