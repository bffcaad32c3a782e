import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testCore } from '../../tests/support/core-client';
import { STRONG_PASSPHRASE, useTempDirs } from '../../tests/support/temp-dir';
import { IdleLock } from './idle-lock';

describe('IdleLock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once after the idle time, and each touch starts the wait again', () => {
    const onIdle = vi.fn();
    const lock = new IdleLock(1, onIdle);
    lock.touch();
    vi.advanceTimersByTime(50_000);
    lock.touch();
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_001);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(600_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('counts wall-clock time: after a sleep the first check locks, though no timer fired', () => {
    vi.useRealTimers();
    let now = Date.parse('2026-11-26T17:00:00Z');
    const onIdle = vi.fn();
    const lock = new IdleLock(10, onIdle, () => now);
    lock.touch();
    expect(lock.check()).toBe(false);
    // The lid shut at five; the process slept with the machine, its timers with it.
    now += 14 * 60 * 60_000;
    expect(onIdle).not.toHaveBeenCalled();
    expect(lock.check()).toBe(true);
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(lock.check()).toBe(false);
    lock.stop();
  });

  it('does nothing once stopped', () => {
    const onIdle = vi.fn();
    const lock = new IdleLock(1, onIdle);
    lock.touch();
    lock.stop();
    vi.advanceTimersByTime(120_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('the core locks itself when idle', () => {
  const tempDir = useTempDirs();
  let close: (() => void) | undefined;
  afterEach(() => {
    close?.();
    vi.useRealTimers();
  });

  it('locks after the configured minutes; status polls do not count as activity, touches do', async () => {
    const c = testCore(tempDir());
    close = c.close;
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    vi.useFakeTimers();
    await c.ok('settings.update', { idleLockMinutes: 2 });

    vi.advanceTimersByTime(90_000);
    await c.ok('vault.touch');
    vi.advanceTimersByTime(90_000);
    expect(await c.ok('vault.status')).toEqual({ state: 'unlocked' });
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(4_000);
      await c.ok('vault.status');
    }
    expect(await c.ok('vault.status')).toEqual({ state: 'locked' });
    expect((await c.fails('settings.get')).code).toBe('LOCKED');
  });

  it('uses the stored idle time after the next unlock', async () => {
    const c = testCore(tempDir());
    close = c.close;
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    await c.ok('settings.update', { idleLockMinutes: 1 });
    await c.ok('vault.lock');
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    vi.useFakeTimers();
    await c.ok('vault.touch');
    vi.advanceTimersByTime(59_000);
    expect(await c.ok('vault.status')).toEqual({ state: 'unlocked' });
    vi.advanceTimersByTime(2_000);
    expect(await c.ok('vault.status')).toEqual({ state: 'locked' });
  });

  it('locks on the first request after a simulated sleep (the clock moved forward, no timer fired)', async () => {
    let now = Date.parse('2026-11-26T17:00:00Z');
    const c = testCore(tempDir(), () => new Date(now));
    close = c.close;
    const events: string[] = [];
    c.core.subscribe((e) => events.push(e.type));
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    await c.ok('settings.update', { idleLockMinutes: 10 });
    now += 9 * 60_000;
    expect(await c.ok('vault.status')).toEqual({ state: 'unlocked' });
    now += 8 * 60 * 60_000;
    // Even a passive status request checks the clock first: the unlock screen shows at once.
    expect(await c.ok('vault.status')).toEqual({ state: 'locked' });
    expect(events).toContain('vault.locked');
    expect((await c.fails('clients.list', {})).code).toBe('LOCKED');
  });
});
