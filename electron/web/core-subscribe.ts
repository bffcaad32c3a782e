import type { Subscribe } from './event-stream';

/**
 * The core's `subscribe(listener) => unsubscribe`. The core's rewrite adds it to what `createCore`
 * returns; until a core has it, its streams stay open and quiet. Once `Core` declares it, callers
 * can pass `core.subscribe` and this file goes.
 */
export function coreSubscribe(core: object): Subscribe {
  const subscribe = (core as { subscribe?: unknown }).subscribe;
  if (typeof subscribe !== 'function') return () => () => undefined;
  return (listener) => (subscribe as Subscribe).call(core, listener);
}
