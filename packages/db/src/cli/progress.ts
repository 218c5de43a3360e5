export interface ProgressOutput {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const BAR_WIDTH = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const total = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}

const count = (value: number) => value.toLocaleString('en-US');

/**
 * Progress of a long job. On a terminal: one line redrawn in place (bar, rows, rows/s, time
 * left). Otherwise (a log, a pipe): a plain line each time another tenth is done.
 */
export function createProgress(output: ProgressOutput, label: string, now: () => number = () => performance.now()) {
  // The clock starts with the first update, so a progress made ahead of its step measures only the step.
  let started: number | undefined;
  let lastDraw = 0;
  let lastTenth = 0;
  let drawn = false;

  function line(done: number, total: number): string {
    const seconds = (now() - (started ?? now())) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
    const share = total > 0 ? done / total : 1;
    return `${count(done)}/${count(total)} ${Math.floor(share * 100)}% ${count(Math.round(rate))} rows/s ETA ${duration(left)}`;
  }

  return {
    update(done: number, total: number) {
      started ??= now();
      const share = total > 0 ? done / total : 1;
      if (output.isTTY) {
        const time = now();
        if (time - lastDraw < 100 && done < total) return;
        lastDraw = time;
        const filled = Math.round(share * BAR_WIDTH);
        const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
        const text = `${label} ${bar} ${line(done, total)}`;
        const width = output.columns ?? 100;
        // Carriage return, the line, then "erase to end of line" for what a longer line left.
        output.write(`\r${text.slice(0, width - 1)}\u001b[K`);
        drawn = true;
        return;
      }
      const tenth = Math.floor(share * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        output.write(`${label}: ${line(done, total)}\n`);
      }
    },
    /** Ends the redrawn line so the next output starts on its own line. */
    finish() {
      if (output.isTTY && drawn) output.write('\n');
      drawn = false;
    },
  };
}
