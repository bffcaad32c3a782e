import type { CoreEvent } from '@shared/api/events';

export type EventListener = (event: CoreEvent) => void;

/** Fans the core's events out to every transport listening (IPC, each SSE stream, tests). */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  constructor(private readonly onListenerError: (err: unknown) => void = () => undefined) {}

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: CoreEvent): void {
    for (const listener of [...this.listeners]) {
      // One broken listener (a closed stream, say) never stops the others or the core.
      try {
        listener(event);
      } catch (err) {
        this.onListenerError(err);
      }
    }
  }
}
