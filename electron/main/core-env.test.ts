import { describe, expect, it } from 'vitest';
import { coreEnvironment } from './core-env';

const parent = {
  HOME: '/home/kari',
  TMPDIR: '/tmp/kari',
  TZ: 'Europe/Oslo',
  LANG: 'nb_NO.UTF-8',
  PATH: '/usr/bin',
  NODE_OPTIONS: '--require /tmp/evil.js',
  ELECTRON_RUN_AS_NODE: '1',
  NODE_DEBUG: 'net',
  TRYGG_NATIVE_BINDING: '/tmp/evil.node',
  AWS_SECRET_ACCESS_KEY: 'not for the vault’s process',
  UNSET: undefined,
};

describe('the core process’s environment', () => {
  it('is the allow-list and the core’s settings, nothing else', () => {
    expect(coreEnvironment(parent, { dataDir: '/data', nativeBinding: '/dev/build.node', packaged: false })).toEqual({
      HOME: '/home/kari',
      TMPDIR: '/tmp/kari',
      TZ: 'Europe/Oslo',
      LANG: 'nb_NO.UTF-8',
      PATH: '/usr/bin',
      TRYGG_DATA_DIR: '/data',
      TRYGG_NATIVE_BINDING: '/dev/build.node',
    });
  });

  it('never carries a native binding in a packaged build, nor one inherited from main', () => {
    const packaged = coreEnvironment(parent, { dataDir: '/data', nativeBinding: '/dev/build.node', packaged: true });
    expect(packaged).not.toHaveProperty('TRYGG_NATIVE_BINDING');
    const withoutOne = coreEnvironment(parent, { dataDir: '/data', packaged: false });
    expect(withoutOne).not.toHaveProperty('TRYGG_NATIVE_BINDING');
    expect(Object.keys(packaged).filter((name) => /^(NODE_|ELECTRON_)/.test(name))).toEqual([]);
  });
});
