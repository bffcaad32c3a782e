import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipboardGuard, type ClipboardLike } from './clipboard-guard';

function fakeClipboard(initial = '') {
  let content = initial;
  let writable = true;
  const clipboard: ClipboardLike = {
    writeText: (text) => {
      if (!writable) return Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError'));
      content = text;
      return Promise.resolve();
    },
    readText: () => Promise.resolve(content),
  };
  return {
    clipboard,
    get content() {
      return content;
    },
    set: (text: string) => {
      content = text;
    },
    setWritable: (w: boolean) => {
      writable = w;
    },
  };
}

describe('ClipboardGuard', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('clears copied text after the time set, not before', async () => {
    const fake = fakeClipboard();
    const guard = new ClipboardGuard(
      () => fake.clipboard,
      () => Promise.resolve(true),
    );
    fake.set('Klienten beskrev uro');
    guard.copied('Klienten beskrev uro', 30);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(fake.content).toBe('Klienten beskrev uro');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fake.content).toBe('');
    expect(guard.holding).toBe(false);
  });

  it('with 0 seconds keeps it until the lock clears it', async () => {
    const fake = fakeClipboard();
    const guard = new ClipboardGuard(
      () => fake.clipboard,
      () => Promise.resolve(true),
    );
    fake.set('notat');
    guard.copied('notat', 0);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(fake.content).toBe('notat');
    expect(await guard.clear()).toBe('cleared');
    expect(fake.content).toBe('');
  });

  it('leaves text copied since in another program alone, where it can read the clipboard', async () => {
    const fake = fakeClipboard();
    const guard = new ClipboardGuard(
      () => fake.clipboard,
      () => Promise.resolve(true),
    );
    guard.copied('fra Trygg', 10);
    fake.set('from the mail program');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fake.content).toBe('from the mail program');
  });

  it('clears anyway where it cannot read the clipboard', async () => {
    const fake = fakeClipboard();
    const guard = new ClipboardGuard(
      () => fake.clipboard,
      () => Promise.resolve(false),
    );
    guard.copied('fra Trygg', 10);
    fake.set('something else');
    expect(await guard.clear()).toBe('cleared');
    expect(fake.content).toBe('');
  });

  it('clears as soon as the window has focus again when it could not write in the background', async () => {
    const fake = fakeClipboard();
    const guard = new ClipboardGuard(
      () => fake.clipboard,
      () => Promise.resolve(false),
    );
    fake.set('fra Trygg');
    guard.copied('fra Trygg', 15);
    fake.setWritable(false);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(fake.content).toBe('fra Trygg');
    expect(guard.holding).toBe(true);
    fake.setWritable(true);
    expect(await guard.focused()).toBe('cleared');
    expect(fake.content).toBe('');
    expect(guard.focused()).toBeUndefined();
  });

  it('does nothing when nothing was copied', async () => {
    const fake = fakeClipboard('their own text');
    const guard = new ClipboardGuard(
      () => fake.clipboard,
      () => Promise.resolve(false),
    );
    expect(await guard.clear()).toBe('nothing');
    expect(fake.content).toBe('their own text');
  });
});
