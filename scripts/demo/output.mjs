// What the demo prints: a heading per section, one line per fact, and for waits a live progress
// line on a terminal or plain lines (one per change) when piped or when NO_COLOR is set.

const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/**
 * @param {{ stream?: NodeJS.WriteStream, env?: Record<string, string | undefined> }} [options]
 */
export function createOutput({ stream = process.stdout, env = process.env } = {}) {
  const live = Boolean(stream.isTTY) && !("NO_COLOR" in env) && env.TERM !== "dumb";
  const bold = (text) => (live ? `\x1b[1m${text}\x1b[22m` : text);
  const dim = (text) => (live ? `\x1b[2m${text}\x1b[22m` : text);
  const write = (text) => stream.write(`${text}\n`);
  // `pnpm demo | head`: the reader left, so there is no one to show the rest to.
  stream.on?.("error", (error) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });

  return {
    live,
    dim,
    /** A section heading. */
    heading(title) {
      write("");
      write(bold(`== ${title}`));
    },
    /** One fact. */
    line(text) {
      write(`  ${text}`);
    },
    /**
     * A wait in progress. `update(status)` redraws the spinner line on a terminal, or prints a
     * line when the status changed; `done(text)` ends it with a final line.
     */
    progress(label) {
      const started = performance.now();
      let status = "starting";
      let printed = null;
      let frame = 0;
      const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
      const draw = () =>
        stream.write(`\r\x1b[2K  ${SPINNER[frame++ % SPINNER.length]} ${label}: ${status} ${dim(elapsed())}`);
      const timer = live ? setInterval(draw, 80) : null;
      return {
        update(next) {
          status = next;
          if (!live && next !== printed) {
            printed = next;
            write(`  ${label}: ${next} (${elapsed()})`);
          }
        },
        done(text) {
          if (timer) {
            clearInterval(timer);
            stream.write("\r\x1b[2K");
          }
          write(`  ${label}: ${text}`);
        },
      };
    },
  };
}

/** `1,234` */
export const count = (n) => n.toLocaleString("en-US");

/** Milliseconds as `850 ms` or `1.3 s`. */
export const duration = (ms) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
