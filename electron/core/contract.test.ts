import { describe, expect, it, afterEach } from 'vitest';
import { METHOD_NAMES, type MethodName } from '@shared/api/contract';
import { MAX_PASSPHRASE_LENGTH, MAX_SHORT_TEXT } from '@shared/api/limits';
import { testCore } from '../../tests/support/core-client';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE, hashTree, useTempDirs } from '../../tests/support/temp-dir';

const tempDir = useTempDirs();
let closeCore: (() => void) | undefined;
afterEach(() => closeCore?.());

async function unlockedCore() {
  const dir = tempDir();
  const c = testCore(dir);
  closeCore = c.close;
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  await c.ok('settings.update', { practiceName: 'Klinik Havblik' });
  return { dir, ...c };
}

const tooLong = (n: number) => 'ø'.repeat(n + 1);

/** Inputs every method must refuse, whatever its schema. */
const NOT_AN_OBJECT: unknown[] = [null, 42, 'vault', [], true];

/** Per method: wrong types, missing fields, unknown fields, oversize strings. */
const BAD_INPUTS: Record<MethodName, unknown[]> = {
  'vault.status': [{ extra: 1 }],
  'vault.lock': [{ now: true }],
  'vault.touch': [{ at: 1 }],
  'vault.create': [
    {},
    { passphrase: 12345678901234 },
    { passphrase: '' },
    { passphrase: tooLong(MAX_PASSPHRASE_LENGTH) },
    { passphrase: OTHER_STRONG_PASSPHRASE, confirm: OTHER_STRONG_PASSPHRASE },
  ],
  'vault.unlock': [{}, { passphrase: null }, { passphrase: tooLong(MAX_PASSPHRASE_LENGTH) }, { passphrase: STRONG_PASSPHRASE, remember: true }],
  'vault.changePassphrase': [
    {},
    { current: STRONG_PASSPHRASE },
    { next: OTHER_STRONG_PASSPHRASE },
    { current: STRONG_PASSPHRASE, next: 7 },
    { current: STRONG_PASSPHRASE, next: tooLong(MAX_PASSPHRASE_LENGTH) },
    { current: STRONG_PASSPHRASE, next: OTHER_STRONG_PASSPHRASE, confirm: OTHER_STRONG_PASSPHRASE },
  ],
  'vault.passphraseStrength': [{}, { passphrase: ['a'] }, { passphrase: tooLong(MAX_PASSPHRASE_LENGTH) }, { passphrase: 'x', user: 'y' }],
  'settings.get': [{ key: 'language' }],
  'settings.public': [{ all: true }],
  'settings.update': [
    { language: 'de' },
    { language: 5 },
    { theme: 'blue' },
    { idleLockMinutes: 0 },
    { idleLockMinutes: 100000 },
    { idleLockMinutes: '10' },
    { practiceName: tooLong(MAX_SHORT_TEXT) },
    { practiceName: 12 },
    { pageSize: 4096 },
  ],
};

/** One valid call per method, from an unlocked vault. */
const HAPPY: Record<MethodName, { input: unknown; expect: (value: unknown) => void }> = {
  'vault.status': { input: {}, expect: (v) => expect(v).toEqual({ state: 'unlocked' }) },
  'vault.touch': { input: {}, expect: (v) => expect(v).toEqual({ state: 'unlocked' }) },
  'vault.lock': { input: {}, expect: (v) => expect(v).toEqual({ state: 'locked' }) },
  'vault.create': { input: { passphrase: STRONG_PASSPHRASE }, expect: () => undefined },
  'vault.unlock': { input: { passphrase: STRONG_PASSPHRASE }, expect: (v) => expect(v).toEqual({ state: 'unlocked' }) },
  'vault.changePassphrase': {
    input: { current: STRONG_PASSPHRASE, next: OTHER_STRONG_PASSPHRASE },
    expect: (v) => expect(v).toEqual({ changed: true }),
  },
  'vault.passphraseStrength': {
    input: { passphrase: 'tr0ll' },
    expect: (v) => expect(v).toMatchObject({ acceptable: false, hints: expect.arrayContaining(['tooShort']) }),
  },
  'settings.get': {
    input: {},
    expect: (v) => expect(v).toEqual({ language: null, theme: 'system', idleLockMinutes: 10, practiceName: 'Klinik Havblik' }),
  },
  'settings.public': { input: {}, expect: (v) => expect(v).toEqual({ language: null, theme: 'system' }) },
  'settings.update': {
    input: { language: 'sv', theme: 'dark', idleLockMinutes: 15, practiceName: '  Mottagningen  ' },
    expect: (v) => expect(v).toEqual({ language: 'sv', theme: 'dark', idleLockMinutes: 15, practiceName: 'Mottagningen' }),
  },
};

describe('bad input never reaches a handler and writes nothing', () => {
  it('has a table entry for every method', () => {
    expect(Object.keys(BAD_INPUTS).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it.each(METHOD_NAMES)('%s answers VALIDATION to every bad input', async (method) => {
    const c = await unlockedCore();
    const before = hashTree(c.dir);
    for (const input of [...NOT_AN_OBJECT, ...BAD_INPUTS[method]]) {
      const error = await c.fails(method, input);
      expect(error.code, `${method} ${JSON.stringify(input)?.slice(0, 80)}`).toBe('VALIDATION');
      expect(error.issues?.length).toBeGreaterThan(0);
    }
    expect(await c.ok('vault.status')).toEqual({ state: 'unlocked' });
    expect((await c.ok('settings.get')).practiceName).toBe('Klinik Havblik');
    expect(hashTree(c.dir)).toEqual(before);
  });

  it('refuses an unknown method', async () => {
    const c = await unlockedCore();
    for (const name of ['vault.drop', '__proto__', 'constructor', 'toString', '']) {
      expect((await c.fails(name, {})).code).toBe('UNKNOWN_METHOD');
    }
  });
});

describe('every method has a happy path', () => {
  it('has a table entry for every method', () => {
    expect(Object.keys(HAPPY).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it.each(METHOD_NAMES.filter((m) => m !== 'vault.create'))('%s', async (method) => {
    const c = await unlockedCore();
    const { input, expect: check } = HAPPY[method];
    const result = await c.core.dispatch(method, input);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (result.ok) check(result.value);
  });

  it('vault.create', async () => {
    const c = testCore(tempDir());
    closeCore = c.close;
    expect(await c.ok('vault.create', HAPPY['vault.create'].input as { passphrase: string })).toEqual({ state: 'unlocked' });
  });

  it('settings.public is readable while locked and follows updates', async () => {
    const c = await unlockedCore();
    await c.ok('settings.update', { language: 'da', theme: 'light' });
    await c.ok('vault.lock');
    expect(await c.ok('settings.public')).toEqual({ language: 'da', theme: 'light' });
    expect((await c.fails('settings.update', { theme: 'dark' })).code).toBe('LOCKED');
  });
});
