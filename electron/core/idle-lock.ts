/** Locks the vault once no request has shown the clinician active for the configured time. */
export class IdleLock {
  private timer: NodeJS.Timeout | undefined;
  private minutes: number;

  constructor(
    initialMinutes: number,
    private readonly onIdle: () => void,
  ) {
    this.minutes = initialMinutes;
  }

  setMinutes(minutes: number): void {
    this.minutes = minutes;
    if (this.timer) this.touch();
  }

  touch(): void {
    this.stop();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onIdle();
    }, this.minutes * 60_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
