import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentToasts, dismissToast, showToast } from './toast-store';

afterEach(() => {
  vi.useRealTimers();
});

describe('toast store', () => {
  it('keeps a toast for its duration, then lets it and its action go', () => {
    vi.useFakeTimers();
    showToast({ message: 'Draft deleted.', durationMs: 8000, action: { label: 'Undo', run: () => {} } });
    vi.advanceTimersByTime(7999);
    expect(currentToasts().map((toast) => toast.message)).toEqual(['Draft deleted.']);
    vi.advanceTimersByTime(1);
    expect(currentToasts()).toEqual([]);
  });

  it('dismisses one toast and leaves the others', () => {
    vi.useFakeTimers();
    const first = showToast({ message: 'one', durationMs: 8000 });
    showToast({ message: 'two', durationMs: 8000 });
    dismissToast(first);
    dismissToast(first);
    expect(currentToasts().map((toast) => toast.message)).toEqual(['two']);
    vi.runAllTimers();
    expect(currentToasts()).toEqual([]);
  });
});
