import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

// Where Electron cannot run, npm run package is skipped; its configuration is checked here.
const ROOT = join(__dirname, '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;

interface BuilderConfig {
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  mac: { target: string[] };
  win: { target: string[] };
  [key: string]: unknown;
}
const config = readJson('electron-builder.json') as BuilderConfig;
type BuilderInput = Parameters<typeof validateConfiguration>[0];

/** Electron's fuses (@electron/fuses' FuseV1Options) as the issue lists them, with electron-builder's names. */
const FUSES: Array<[fuse: string, option: string, value: boolean]> = [
  ['RunAsNode', 'runAsNode', false],
  ['EnableNodeOptionsEnvironmentVariable', 'enableNodeOptionsEnvironmentVariable', false],
  ['EnableNodeCliInspectArguments', 'enableNodeCliInspectArguments', false],
  ['EnableCookieEncryption', 'enableCookieEncryption', true],
  ['EnableEmbeddedAsarIntegrityValidation', 'enableEmbeddedAsarIntegrityValidation', true],
  ['OnlyLoadAppFromAsar', 'onlyLoadAppFromAsar', true],
  ['GrantFileProtocolExtraPrivileges', 'grantFileProtocolExtraPrivileges', false],
];

describe('the packaging configuration (electron-builder.json)', () => {
  it('builds AppImage and deb, dmg, and NSIS', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it.each(FUSES)('sets the %s fuse (%s) to %s', (_fuse, option, value) => {
    expect(config.electronFuses[option]).toBe(value);
  });

  it('sets no fuse beyond those', () => {
    expect(Object.keys(config.electronFuses).sort()).toEqual(FUSES.map(([, option]) => option).sort());
  });

  it('packs the app into an asar of the build and package.json only', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['out/**/*', 'package.json']);
    expect(readJson('package.json').main).toBe('out/main/index.js');
  });

  it('is a configuration electron-builder accepts', async () => {
    // electron-builder's own check, against the schema of the version installed; a misspelt fuse fails it.
    await expect(
      validateConfiguration(structuredClone(config) as BuilderInput, new DebugLogger()),
    ).resolves.toBeUndefined();
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validateConfiguration(misspelt as unknown as BuilderInput, new DebugLogger())).rejects.toThrow(
      /electronFuses/,
    );
  });
});
