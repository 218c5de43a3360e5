/**
 * Events pushed by a producer (the engine's progress) and read in order by one consumer (the
 * stream): `next()` waits for the next event, or ends once the producer has closed the queue.
 */
export function createEventQueue<T>() {
  const waiting: T[] = [];
  let wake: (() => void) | null = null;
  let closed = false;
  const signal = () => {
    wake?.();
    wake = null;
  };
  return {
    push(event: T): void {
      if (closed) return;
      waiting.push(event);
      signal();
    },
    close(): void {
      closed = true;
      signal();
    },
    async *drain(): AsyncGenerator<T> {
      for (;;) {
        while (waiting.length > 0) yield waiting.shift()!;
        if (closed) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
  };
}
