import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicSettingsSchema, type PublicSettings } from '@shared/api/settings';

/**
 * The only things kept outside the vault: what the unlock screen needs to speak the clinician's
 * language in the right theme. Nothing clinical, nothing identifying.
 */
export const PREFS_FILE = 'prefs.json';
export const DEFAULT_PUBLIC_SETTINGS: PublicSettings = { language: null, theme: 'system' };

export function readPublicPrefs(dataDir: string): PublicSettings {
  try {
    const parsed = publicSettingsSchema.safeParse(JSON.parse(readFileSync(join(dataDir, PREFS_FILE), 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_PUBLIC_SETTINGS;
  } catch {
    return DEFAULT_PUBLIC_SETTINGS;
  }
}

export function writePublicPrefs(dataDir: string, prefs: PublicSettings): void {
  const path = join(dataDir, PREFS_FILE);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(prefs)}\n`);
  renameSync(`${path}.tmp`, path);
}
