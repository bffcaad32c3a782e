import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';

const appPath = mkdtempSync(join(tmpdir(), 'trygg-native-binding-'));
vi.mock('electron', () => ({ app: { isPackaged: false, getAppPath: () => appPath } }));
const { electronNativeBinding } = await import('./native-binding');

beforeAll(() => {
  Object.defineProperty(process.versions, 'electron', { value: '45.4.1', configurable: true });
});
afterAll(() => {
  Reflect.deleteProperty(process.versions, 'electron');
  rmSync(appPath, { recursive: true, force: true });
});

it('finds the build scripts/electron-native.mjs makes for this Electron and this arch, and no other', () => {
  const dir = join(appPath, '.electron-native');
  mkdirSync(dir, { recursive: true });
  const otherArch = process.arch === 'arm64' ? 'x64' : 'arm64';
  // What an x64 build under Rosetta, or an earlier build without the arch in its name, left behind.
  writeFileSync(join(dir, `better_sqlite3-electron-45.4.1-${otherArch}.node`), '');
  writeFileSync(join(dir, 'better_sqlite3-electron-45.4.1.node'), '');
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  expect(electronNativeBinding()).toBeUndefined();
  expect(error).toHaveBeenCalled();

  const own = join(dir, `better_sqlite3-electron-45.4.1-${process.arch}.node`);
  writeFileSync(own, '');
  expect(electronNativeBinding()).toBe(own);
});
