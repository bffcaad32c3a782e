import { useEffect } from 'react';
import { useTouchVault } from '../features/vault/vault-mutations';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;
/** Often enough to keep a 1-minute idle lock from firing mid-work, rarely enough to be free. */
const REPORT_EVERY_MS = 15_000;

/** Reports the clinician's activity to the core, which postpones its idle lock. */
export function useActivityReporter(): void {
  const { mutate: touch } = useTouchVault();
  useEffect(() => {
    let lastReport = Number.NEGATIVE_INFINITY;
    const onActivity = () => {
      const now = Date.now();
      if (now - lastReport < REPORT_EVERY_MS) return;
      lastReport = now;
      touch();
    };
    const options = { capture: true, passive: true };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, options);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, options);
    };
  }, [touch]);
}
