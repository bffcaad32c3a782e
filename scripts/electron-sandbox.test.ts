import { describe, expect, it } from 'vitest';
import { sandboxAdvice, sandboxBlocker, shellWord } from './electron-sandbox.mjs';

const path = '/home/ana/trygg/node_modules/electron/dist/chrome-sandbox';
// Modes as stat reports them for a regular file.
const AS_NPM_LEAVES_IT = 0o100755;
const SETUID_4755 = 0o104755;
const ubuntu2404 = {
  platform: 'linux',
  uid: 1000,
  apparmorRestrictUserns: '1\n',
  unprivilegedUsernsClone: undefined,
  sandbox: { path, uid: 1000, mode: AS_NPM_LEAVES_IT },
};

describe('sandboxBlocker', () => {
  it('on Ubuntu 23.10+ (AppArmor restricts user namespaces) a helper as npm leaves it blocks, with the fix', () => {
    expect(sandboxBlocker(ubuntu2404)).toEqual({
      path,
      command: `sudo chown root ${path} && sudo chmod 4755 ${path}`,
    });
  });

  it('a root-owned setuid helper lets Electron start', () => {
    expect(sandboxBlocker({ ...ubuntu2404, sandbox: { path, uid: 0, mode: SETUID_4755 } })).toBeUndefined();
  });

  it('root-owned without the setuid bit, or setuid but not root-owned, still blocks', () => {
    expect(sandboxBlocker({ ...ubuntu2404, sandbox: { path, uid: 0, mode: AS_NPM_LEAVES_IT } })).toBeDefined();
    expect(sandboxBlocker({ ...ubuntu2404, sandbox: { path, uid: 1000, mode: SETUID_4755 } })).toBeDefined();
    expect(sandboxBlocker({ ...ubuntu2404, sandbox: { path, uid: 0, mode: 0o104750 } })).toBeDefined();
  });

  it('where user namespaces are allowed, Chromium never needs the helper', () => {
    expect(sandboxBlocker({ ...ubuntu2404, apparmorRestrictUserns: '0\n' })).toBeUndefined();
    expect(sandboxBlocker({ ...ubuntu2404, apparmorRestrictUserns: undefined })).toBeUndefined();
  });

  it("Debian's unprivileged_userns_clone = 0 needs the helper too", () => {
    const debian = { ...ubuntu2404, apparmorRestrictUserns: undefined, unprivilegedUsernsClone: '0\n' };
    expect(sandboxBlocker(debian)).toBeDefined();
    expect(sandboxBlocker({ ...debian, unprivilegedUsernsClone: '1\n' })).toBeUndefined();
  });

  it('binds unprivileged users only: root creates user namespaces regardless', () => {
    expect(sandboxBlocker({ ...ubuntu2404, uid: 0 })).toBeUndefined();
  });

  it('is a Linux matter only, and says nothing while Electron is not installed', () => {
    expect(sandboxBlocker({ ...ubuntu2404, platform: 'darwin' })).toBeUndefined();
    expect(sandboxBlocker({ ...ubuntu2404, sandbox: undefined })).toBeUndefined();
  });

  it('quotes a path with spaces or quotes so the command can be pasted as it is', () => {
    const odd = "/home/ana/My Trygg/it's/chrome-sandbox";
    const blocker = sandboxBlocker({ ...ubuntu2404, sandbox: { path: odd, uid: 1000, mode: AS_NPM_LEAVES_IT } });
    expect(blocker?.command).toBe(`sudo chown root ${shellWord(odd)} && sudo chmod 4755 ${shellWord(odd)}`);
    expect(shellWord(odd)).toBe("'/home/ana/My Trygg/it'\\''s/chrome-sandbox'");
    expect(sandboxAdvice(blocker!)).toContain(blocker!.command);
  });
});
