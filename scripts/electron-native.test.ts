import { expect, it } from 'vitest';
import { nodeGypArgs } from './electron-native.mjs';
import { electronNativeFileName } from './electron-native-name.mjs';

it('builds against Electron headers for the Electron binary arch, not the running Node arch', () => {
  const args = nodeGypArgs('45.4.1', 'arm64');
  expect(args).toContain('--target=45.4.1');
  expect(args).toContain('--arch=arm64');
  expect(args).toContain('--dist-url=https://electronjs.org/headers');
});

it('names the cached build by Electron version and arch, so a build for another arch is never found', () => {
  expect(electronNativeFileName('45.4.1', 'arm64')).toBe('better_sqlite3-electron-45.4.1-arm64.node');
  expect(electronNativeFileName('45.4.1', 'x64')).not.toBe(electronNativeFileName('45.4.1', 'arm64'));
});
