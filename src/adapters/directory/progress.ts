import { t } from '../../i18n/index.js';
import type { ImportProgress } from './importer.js';

/** The output a progress bar writes to (stderr). */
export interface ProgressOutput {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export interface ProgressBar {
  update(progress: ImportProgress): void;
  /** Ends the bar (a last redraw and a new line on a terminal). */
  done(): void;
}

const numbers = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** "312,4 Mo". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${numbers.format(bytes / 1024)} ko`;
  if (bytes < 1024 ** 3) return `${numbers.format(bytes / 1024 ** 2)} Mo`;
  return `${numbers.format(bytes / 1024 ** 3)} Go`;
}

export function formatCount(n: number): string {
  return numbers.format(n);
}

/**
 * Progress of an import, bytes read over the file size: a bar redrawn in place
 * (at most 10 times a second) on a terminal, a line every 10 % or 15 s otherwise
 * (logs, CI).
 */
export function createProgressBar(output: ProgressOutput, now: () => number = () => performance.now()): ProgressBar {
  const started = now();
  let lastDraw = -Infinity;
  let lastPercentLine = -1;
  let last: ImportProgress | null = null;

  const message = (p: ImportProgress, percent: number): string =>
    t('directory.import.progress', {
      percent: String(percent),
      done: formatBytes(p.bytesRead),
      size: formatBytes(p.size),
      lines: formatCount(p.linesRead),
      seconds: numbers.format(Math.round((now() - started) / 100) / 10),
    });

  const percentOf = (p: ImportProgress): number => (p.size > 0 ? Math.min(100, Math.floor((p.bytesRead / p.size) * 100)) : 100);

  const draw = (p: ImportProgress): void => {
    const percent = percentOf(p);
    const width = 24;
    const filled = Math.round((percent / 100) * width);
    const line = `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${message(p, percent)}`;
    output.write(`\r${line.slice(0, Math.max(20, (output.columns ?? 120) - 1))}\u001b[K`);
  };

  return {
    update(p) {
      last = p;
      const time = now();
      if (output.isTTY) {
        if (time - lastDraw >= 100) {
          lastDraw = time;
          draw(p);
        }
        return;
      }
      const step = Math.floor(percentOf(p) / 10) * 10;
      if (step > lastPercentLine || time - lastDraw >= 15_000) {
        lastPercentLine = Math.max(lastPercentLine, step);
        lastDraw = time;
        output.write(`${message(p, percentOf(p))}\n`);
      }
    },
    done() {
      if (output.isTTY && last) {
        draw(last);
        output.write('\n');
      }
    },
  };
}
