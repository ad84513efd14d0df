interface Task {
  readonly at: number;
  readonly run: () => void;
}

/**
 * Runs work when emulator time reaches a due time. One unref'd timer is armed for the earliest
 * task (it never keeps the process alive); when it fires early because an injected clock has not
 * moved, it simply re-arms. Due work also runs at the start of each request and on `runDue()`,
 * so a test that moves a fake clock sees the effect on its next request.
 *
 * @example
 * ```ts
 * const scheduler = createScheduler(Date.now, console.error);
 * scheduler.schedule(Date.now() + 1000, () => console.log("a second later"));
 * scheduler.close();
 * ```
 */
export function createScheduler(now: () => number, onError: (error: unknown) => void) {
  const tasks: Task[] = []; // sorted by `at`, earliest first
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;
  let closed = false;

  function runDue(): void {
    const at = now();
    while (tasks.length > 0 && tasks[0]!.at <= at) {
      const task = tasks.shift()!;
      try {
        task.run();
      } catch (error) {
        onError(error);
      }
    }
    arm();
  }

  function arm(): void {
    if (closed) return;
    const next = tasks[0];
    if (next === undefined) {
      clear();
      return;
    }
    if (timer !== undefined && timerAt <= next.at) return;
    clear();
    timerAt = next.at;
    // setTimeout caps at 2^31-1 ms; a later task re-arms when this one fires.
    const delay = Math.min(Math.max(0, next.at - now()), 2 ** 31 - 1);
    timer = setTimeout(() => {
      timer = undefined;
      timerAt = Infinity;
      runDue();
    }, delay);
    timer.unref();
  }

  function clear(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    timerAt = Infinity;
  }

  return {
    schedule(at: number, run: () => void): void {
      if (closed) return;
      let low = 0;
      let high = tasks.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (tasks[mid]!.at <= at) low = mid + 1;
        else high = mid;
      }
      tasks.splice(low, 0, { at, run });
      arm();
    },
    /** Run every task whose time has come (cheap when none is due). */
    runDue(): void {
      if (tasks.length > 0 && tasks[0]!.at <= now()) runDue();
    },
    get pending(): number {
      return tasks.length;
    },
    close(): void {
      closed = true;
      tasks.length = 0;
      clear();
    },
  };
}
