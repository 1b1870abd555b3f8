import type { RowCells } from '../../core/directory/index.js';

/**
 * The `|`-separated cells of one line, located without splitting it: only the
 * cells the directory reads are sliced (half the columns), which halves the
 * garbage of a 2-million-line import. Reused from line to line.
 */
export class LineCells implements RowCells {
  private line = '';
  /** Start of each cell, then one past the last separator. */
  private readonly starts: Int32Array;
  /** Cells found (separators + 1). */
  count = 0;

  constructor(private readonly capacity: number) {
    this.starts = new Int32Array(capacity + 2);
  }

  /** Locates the cells of `line`; `count` then says how many there are. */
  reset(line: string): void {
    this.line = line;
    const starts = this.starts;
    const limit = this.capacity + 1;
    starts[0] = 0;
    let count = 1;
    for (let at = line.indexOf('|'); at >= 0; at = line.indexOf('|', at + 1)) {
      if (count <= limit) starts[count] = at + 1;
      count++;
    }
    this.count = count;
  }

  cell(index: number): string {
    if (index >= this.count || index > this.capacity) return '';
    const start = this.starts[index] ?? 0;
    const end = index + 1 < this.count && index + 1 <= this.capacity + 1 ? (this.starts[index + 1] ?? 0) - 1 : this.line.length;
    if (end <= start) return '';
    const value = this.line.slice(start, end);
    const first = value.charCodeAt(0);
    const last = value.charCodeAt(value.length - 1);
    return first <= 32 || last <= 32 ? value.trim() : value;
  }
}
