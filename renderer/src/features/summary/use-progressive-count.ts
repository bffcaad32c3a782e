import { useEffect, useState } from 'react';

/**
 * How many of `total` items to draw: a chunk more after each paint, so a summary of hundreds of
 * sessions shows its progress and the page stays responsive while it is laid out. A new
 * `restartKey` starts again from nothing; `paused` stops where it is (a cancelled render).
 */
export function useProgressiveCount(total: number, restartKey: string, paused: boolean, chunk: number): number {
  const [state, setState] = useState({ key: restartKey, shown: 0 });
  if (state.key !== restartKey) setState({ key: restartKey, shown: 0 });
  const shown = state.key === restartKey ? Math.min(state.shown, total) : 0;
  useEffect(() => {
    if (paused || shown >= total) return;
    const timer = setTimeout(
      () => setState((s) => (s.key === restartKey ? { key: s.key, shown: s.shown + chunk } : s)),
      0,
    );
    return () => clearTimeout(timer);
  }, [paused, shown, total, chunk, restartKey]);
  return shown;
}
