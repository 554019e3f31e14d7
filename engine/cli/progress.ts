// A progress bar on stderr, `[=====>    ] 123/456 files`, for interactive runs over many files.
// Redrawn at most every 80 ms and erased at the end so nothing of it stays in the output.

export interface Progress {
  update(done: number, total: number): void;
  clear(): void;
}

const WIDTH = 30;

export function progressBar(stream: NodeJS.WriteStream): Progress {
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < 80) return;
      last = now;
      const filled = total > 0 ? Math.floor((done / total) * WIDTH) : WIDTH;
      const bar = filled >= WIDTH ? '='.repeat(WIDTH) : `${'='.repeat(filled)}>${' '.repeat(WIDTH - filled - 1)}`;
      stream.write(`\r[${bar}] ${done}/${total} files\x1b[K`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}

export const noProgress: Progress = { update() {}, clear() {} };
