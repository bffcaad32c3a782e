import { afterEach, expect, it, vi } from 'vitest';
import type { CoreEvent } from '@shared/api/events';
import { testCore } from '../../tests/support/core-client';
import { STRONG_PASSPHRASE, useTempDirs } from '../../tests/support/temp-dir';

const tempDir = useTempDirs();
afterEach(() => vi.useRealTimers());

function withEvents() {
  const c = testCore(tempDir());
  const seen: CoreEvent['type'][] = [];
  c.core.subscribe((e) => seen.push(e.type));
  return { ...c, seen };
}

it('tells every listener when the vault opens and locks', async () => {
  const c = withEvents();
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  await c.ok('vault.lock');
  await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
  c.core.lock();
  expect(c.seen).toEqual(['vault.unlocked', 'vault.locked', 'vault.unlocked', 'vault.locked']);
  c.close();
});

it('says vault.locked when the idle lock fires, with no request asking', async () => {
  vi.useFakeTimers();
  const c = withEvents();
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  await c.ok('settings.update', { idleLockMinutes: 1 });
  vi.advanceTimersByTime(61_000);
  expect(c.seen).toEqual(['vault.unlocked', 'vault.locked']);
  c.close();
});

it('a listener that throws does not stop the others or the lock', async () => {
  const c = withEvents();
  c.core.subscribe(() => {
    throw new Error('closed stream');
  });
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  await c.ok('vault.lock');
  expect(c.seen).toEqual(['vault.unlocked', 'vault.locked']);
  expect(await c.ok('vault.status')).toEqual({ state: 'locked' });
  c.close();
});

it('an unsubscribed listener hears nothing more', async () => {
  const c = testCore(tempDir());
  const seen: string[] = [];
  const stop = c.core.subscribe((e) => seen.push(e.type));
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  stop();
  await c.ok('vault.lock');
  expect(seen).toEqual(['vault.unlocked']);
  c.close();
});
