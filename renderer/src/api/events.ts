import type { CoreEvent, EventName, EventPayload } from '@shared/api/events';
import type { ConnectionState, EventTransport } from './event-transport';

type AnyListener = (payload: never) => void;

/**
 * One stream of the core's events for the whole window, shared by every listener: it opens with
 * the first listener and closes with the last.
 */
export class EventHub {
  private readonly listeners = new Map<string, Set<AnyListener>>();
  private readonly stateListeners = new Set<() => void>();
  private state: ConnectionState = 'connecting';
  private stop: (() => void) | undefined;

  constructor(private readonly transport: () => EventTransport) {}

  /** Calls `listener` with the payload of every event of this type, until the returned function is called. */
  on<E extends EventName>(type: E, listener: (payload: EventPayload<E>) => void): () => void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    const entry = listener as AnyListener;
    set.add(entry);
    this.retain();
    return () => {
      if (set.delete(entry)) this.release();
    };
  }

  /** For useSyncExternalStore: tells `listener` whenever the connection state changes. */
  onState = (listener: () => void): (() => void) => {
    this.stateListeners.add(listener);
    this.retain();
    return () => {
      if (this.stateListeners.delete(listener)) this.release();
    };
  };

  getState = (): ConnectionState => this.state;

  private listenerCount(): number {
    let count = this.stateListeners.size;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  private retain(): void {
    if (this.stop) return;
    this.stop = this.transport()({
      onEvent: (event) => this.deliver(event),
      onState: (state) => this.setState(state),
    });
  }

  private release(): void {
    if (this.listenerCount() > 0 || !this.stop) return;
    const stop = this.stop;
    this.stop = undefined;
    stop();
    this.setState('connecting');
  }

  private setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of [...this.stateListeners]) listener();
  }

  private deliver(event: CoreEvent): void {
    for (const listener of [...(this.listeners.get(event.type) ?? [])]) {
      (listener as (payload: CoreEvent['payload']) => void)(event.payload);
    }
  }
}
