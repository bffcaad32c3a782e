/**
 * While armed, the timer looks at the wall clock at least this often. Timers count time the
 * process runs, not time the machine sleeps: after a night with the lid shut, the next look (or
 * the next request, which checks first) finds the idle time long past.
 */
export const IDLE_CHECK_MS = 15_000;

/**
 * Locks the vault once no request has shown the clinician active for the configured time. It
 * keeps the wall-clock time of the last activity and compares on every request (check) and on
 * every timer wake, so sleep, a suspended process or a late timer cannot stretch the idle time.
 */
export class IdleLock {
  private timer: NodeJS.Timeout | undefined;
  private minutes: number;
  private lastActivity: number | undefined;

  constructor(
    initialMinutes: number,
    private readonly onIdle: () => void,
    private readonly clock: () => number = () => Date.now(),
  ) {
    this.minutes = initialMinutes;
  }

  setMinutes(minutes: number): void {
    this.minutes = minutes;
    if (this.lastActivity !== undefined) this.schedule();
  }

  touch(): void {
    this.lastActivity = this.clock();
    this.schedule();
  }

  /** Locks now if the idle time has passed by the wall clock; true if it did. */
  check(): boolean {
    if (this.lastActivity === undefined) return false;
    if (this.clock() - this.lastActivity < this.minutes * 60_000) return false;
    this.stop();
    this.onIdle();
    return true;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.lastActivity = undefined;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    const last = this.lastActivity ?? this.clock();
    const remaining = Math.max(0, last + this.minutes * 60_000 - this.clock());
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        if (!this.check()) this.schedule();
      },
      Math.min(remaining, IDLE_CHECK_MS),
    );
    this.timer.unref();
  }
}
