import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { EventName, EventPayload } from '@shared/api/events';
import { EventHub } from './events';
import { ipcEventTransport, sseEventTransport, type ConnectionState } from './event-transport';
import { readToken } from './web-token';

/** In the desktop app the preload's bridge carries the events; in a browser, GET /events does. */
const hub = new EventHub(() => {
  const bridge = window.trygg;
  return typeof bridge?.onEvent === 'function' ? ipcEventTransport(bridge) : sseEventTransport(readToken);
});

/** Calls `listener` with each event of this type from the core; returns the function that stops it. */
export function onEvent<E extends EventName>(type: E, listener: (payload: EventPayload<E>) => void): () => void {
  return hub.on(type, listener);
}

/** `onEvent` for a component, while it is mounted; the latest `listener` is always the one called. */
export function useCoreEvent<E extends EventName>(type: E, listener: (payload: EventPayload<E>) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => onEvent(type, (payload) => latest.current(payload)), [type]);
}

/** Where the event stream stands; keeps the stream open while the component is mounted. */
export function useEventConnection(): ConnectionState {
  return useSyncExternalStore(hub.onState, hub.getState);
}
