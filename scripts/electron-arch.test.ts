import { describe, expect, it, vi } from 'vitest';
import { electronArch } from './electron-arch.mjs';

const mac = { platform: 'darwin', nodeArch: 'x64', env: {} };

describe('electronArch (as node_modules/electron/install.js decides)', () => {
  it('an x64 Node under Rosetta on a Mac runs the arm64 Electron', () => {
    expect(electronArch({ ...mac, procTranslated: () => '1\n' })).toBe('arm64');
  });

  it('an x64 Node on an Intel Mac (or where sysctl has no answer) runs the x64 Electron', () => {
    expect(electronArch({ ...mac, procTranslated: () => '0\n' })).toBe('x64');
    expect(electronArch({ ...mac, procTranslated: () => undefined })).toBe('x64');
  });

  it('npm_config_arch is obeyed as given, with no Rosetta check', () => {
    const procTranslated = vi.fn(() => '1');
    expect(electronArch({ ...mac, env: { npm_config_arch: 'x64' }, procTranslated })).toBe('x64');
    expect(procTranslated).not.toHaveBeenCalled();
  });

  it('ELECTRON_INSTALL_ARCH wins over npm_config_arch and the Node arch', () => {
    const env = { ELECTRON_INSTALL_ARCH: 'arm64', npm_config_arch: 'x64' };
    expect(electronArch({ platform: 'linux', nodeArch: 'x64', env, procTranslated: () => undefined })).toBe('arm64');
  });

  it('elsewhere the Electron arch is the Node arch, and sysctl is never asked', () => {
    const procTranslated = vi.fn(() => '1');
    expect(electronArch({ platform: 'linux', nodeArch: 'x64', env: {}, procTranslated })).toBe('x64');
    expect(electronArch({ platform: 'win32', nodeArch: 'arm64', env: {}, procTranslated })).toBe('arm64');
    expect(electronArch({ platform: 'darwin', nodeArch: 'arm64', env: {}, procTranslated })).toBe('arm64');
    expect(procTranslated).not.toHaveBeenCalled();
  });

  it('a download for another platform is never switched to arm64', () => {
    const env = { ELECTRON_INSTALL_PLATFORM: 'linux' };
    expect(electronArch({ ...mac, env, procTranslated: () => '1' })).toBe('x64');
  });
});
