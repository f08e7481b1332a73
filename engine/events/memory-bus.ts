// The in-process event bus: listeners run synchronously, in subscription order; one failing
// listener does not keep the event from the others.
import type { EngineEvents, EventBus, Listener, Topic } from './bus.js';

export class MemoryBus implements EventBus {
  private readonly listeners = new Map<Topic, Set<Listener<Topic>>>();

  constructor(private readonly onListenerError: (error: unknown, topic: Topic) => void) {}

  publish<T extends Topic>(topic: T, event: EngineEvents[T]): void {
    const listeners = this.listeners.get(topic);
    if (!listeners) return;
    for (const listener of listeners) {
      try {
        (listener as Listener<T>)(event);
      } catch (error) {
        this.onListenerError(error, topic);
      }
    }
  }

  subscribe<T extends Topic>(topic: T, listener: Listener<T>): () => void {
    let listeners = this.listeners.get(topic);
    if (!listeners) {
      listeners = new Set();
      this.listeners.set(topic, listeners);
    }
    listeners.add(listener as Listener<Topic>);
    return () => {
      listeners.delete(listener as Listener<Topic>);
    };
  }
}
