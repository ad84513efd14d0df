/**
 * Timeouts owned by one emulator: unref'd so they never keep the process alive, and all cleared
 * by `close()` so nothing fires after the emulator stopped.
 *
 * @example
 * ```ts
 * const timers = createTimers();
 * await timers.sleep(50);
 * timers.close();
 * ```
 */
export function createTimers() {
  const callbacks = new Set<NodeJS.Timeout>();
  const sleepers = new Map<NodeJS.Timeout, () => void>();
  let closed = false;
  return {
    /** Run `fn` after `ms` unless the emulator closes first. */
    later(ms: number, fn: () => void): void {
      if (closed) return;
      const timer = setTimeout(() => {
        callbacks.delete(timer);
        fn();
      }, ms);
      timer.unref();
      callbacks.add(timer);
    },
    /** Resolves after `ms`, or at once when the emulator closes (callers then find it closed). */
    sleep(ms: number): Promise<void> {
      if (ms <= 0 || closed) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          sleepers.delete(timer);
          resolve();
        }, ms);
        timer.unref();
        sleepers.set(timer, resolve);
      });
    },
    get closed(): boolean {
      return closed;
    },
    close(): void {
      closed = true;
      for (const timer of callbacks) clearTimeout(timer);
      callbacks.clear();
      for (const [timer, wake] of sleepers) {
        clearTimeout(timer);
        wake();
      }
      sleepers.clear();
    },
  };
}
