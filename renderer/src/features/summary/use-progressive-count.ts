import { useEffect, useRef, useState } from 'react';

/** Time one step may take (render, layout and paint), so progress moves and Cancel answers. */
const STEP_BUDGET_MS = 120;
const MIN_STEP = 1;
const MAX_STEP = 400;

/**
 * How many of `total` items to draw: `first` at once, then a step more after each paint, each step
 * sized so it takes about STEP_BUDGET_MS on this machine (measured on the steps before). A summary
 * of hundreds of sessions so shows its progress, and the page answers while it is laid out.
 */
export function useProgressiveCount(total: number, first: number): number {
  const [shown, setShown] = useState(() => Math.min(first, total));
  const step = useRef(first);
  const started = useRef(0);
  useEffect(() => {
    if (shown >= total) return;
    if (started.current > 0) {
      const took = Math.max(1, performance.now() - started.current);
      step.current = Math.round(Math.min(MAX_STEP, Math.max(MIN_STEP, (step.current * STEP_BUDGET_MS) / took)));
    }
    const timer = setTimeout(() => {
      started.current = performance.now();
      setShown((n) => Math.min(total, n + step.current));
    }, 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  return Math.min(shown, total);
}
