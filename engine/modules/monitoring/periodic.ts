// A push source that produces a value at once and then every interval: what the metric
// streams (WebSocket channels and GraphQL subscriptions) are made of.

/** Seconds a stream may ask for between values. */
export const STREAM_INTERVAL = { min: 1, max: 3600 };

/** Starts producing; returns the function that stops. Fits wherever a PushSource is taken. */
export type Periodic<T> = (push: (value: T) => void) => () => void;

export function periodic<T>(intervalMs: number, produce: () => T | Promise<T>, onError: (error: unknown) => void): Periodic<T> {
  return (push) => {
    let stopped = false;
    const tick = async () => {
      try {
        const value = await produce();
        if (!stopped) push(value);
      } catch (error) {
        onError(error);
      }
    };
    void tick();
    const timer = setInterval(() => void tick(), intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  };
}
