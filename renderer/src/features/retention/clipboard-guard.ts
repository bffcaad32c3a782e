import { useEffect } from 'react';
import { onEvent } from '../../api/core-events';

/** The part of the async Clipboard API the guard uses. */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
}

export type ClearOutcome = 'nothing' | 'cleared' | 'changed' | 'pending';

/**
 * Text copied from Trygg does not stay on the clipboard: it is cleared when the vault locks and
 * after the time set in Settings. Only what Trygg put there goes: where the clipboard can be read
 * without asking, text copied since in another program is left alone. A clipboard that cannot be
 * written while the window is in the background is cleared as soon as the window has focus again.
 */
export class ClipboardGuard {
  private text: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiting = false;

  constructor(
    private readonly clipboard: () => ClipboardLike | undefined,
    /** Whether reading the clipboard needs no prompt (the permission is already granted). */
    private readonly mayRead: () => Promise<boolean>,
  ) {}

  /** Text was copied or cut from Trygg; 0 seconds clears it only on lock. */
  copied(text: string, seconds: number): void {
    if (text === '') return;
    this.text = text;
    this.waiting = false;
    clearTimeout(this.timer);
    this.timer = seconds > 0 ? setTimeout(() => void this.clear(), seconds * 1000) : undefined;
  }

  /** Whether text Trygg copied is still waiting to be cleared (for tests and the status line). */
  get holding(): boolean {
    return this.text !== null;
  }

  async clear(): Promise<ClearOutcome> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const text = this.text;
    const clipboard = this.clipboard();
    if (text === null || !clipboard) return 'nothing';
    try {
      if ((await this.mayRead()) && (await clipboard.readText()) !== text) {
        this.text = null;
        return 'changed';
      }
    } catch {
      // Unreadable: clear it anyway; what Trygg copied must not stay.
    }
    try {
      await clipboard.writeText('');
      this.text = null;
      this.waiting = false;
      return 'cleared';
    } catch {
      this.waiting = true;
      return 'pending';
    }
  }

  /** The window has focus again: a clear that could not be written is written now. */
  focused(): Promise<ClearOutcome> | undefined {
    return this.waiting ? this.clear() : undefined;
  }
}

/** What a copy event puts on the clipboard: what an editor set itself, or the selection as text. */
export function copiedText(event: ClipboardEvent): string {
  const set = event.clipboardData?.getData('text/plain') ?? '';
  if (set !== '' || event.defaultPrevented) return set;
  const selection = document.getSelection()?.toString() ?? '';
  // Put it there ourselves, so the text cleared later is exactly the text copied.
  if (selection !== '' && event.clipboardData) {
    event.clipboardData.setData('text/plain', selection);
    event.preventDefault();
  }
  return selection;
}

const guard = new ClipboardGuard(
  () => (typeof navigator === 'undefined' ? undefined : navigator.clipboard),
  async () => {
    try {
      const status = await navigator.permissions.query({ name: 'clipboard-read' as PermissionName });
      return status.state === 'granted';
    } catch {
      return false;
    }
  },
);

/**
 * While the vault is open: watches copy and cut in the whole app, clears after `seconds`, and
 * clears when the vault locks (the event, and the frame closing, whichever comes first).
 */
export function useClipboardGuard(seconds: number): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => guard.copied(copiedText(event), seconds);
    const onFocus = () => void guard.focused();
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    window.addEventListener('focus', onFocus);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      window.removeEventListener('focus', onFocus);
    };
  }, [seconds]);
  useEffect(() => {
    const stop = onEvent('vault.locked', () => void guard.clear());
    return () => {
      stop();
      void guard.clear();
    };
  }, []);
}
