import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DirectoryEntry } from '../../../core/directory/index.js';
import { importColumns } from './directory-import.js';

const escapes: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const replaceSpecial = (c: string): string => escapes[c] ?? c;
const getters = importColumns.map(([, get]) => get);

/** A value in COPY's text format (`\N` for null, backslash escapes). */
export function copyValue(value: string | null): string {
  if (value === null) return '\\N';
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, replaceSpecial) : value;
}

/** COPY text rows of `entries` in `importColumns` order, prefixed by their line number when `lines` is given. */
export function copyRows(entries: readonly DirectoryEntry[], lines: readonly number[] | null): string {
  let out = '';
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!entry) continue;
    let row = lines ? `${lines[i] ?? 0}\t` : '';
    row += copyValue(getters[0]?.(entry) ?? null);
    for (let c = 1; c < getters.length; c++) row += `\t${copyValue(getters[c]?.(entry) ?? null)}`;
    out += `${row}\n`;
  }
  return out;
}

/** One `COPY … FROM STDIN` on a client, written with backpressure. */
export class CopyWriter {
  private failure: Error | null = null;

  private constructor(private readonly stream: ReturnType<typeof copyFrom>) {
    stream.on('error', (error: Error) => {
      this.failure = error;
    });
  }

  static start(client: pg.PoolClient, statement: string): CopyWriter {
    return new CopyWriter(client.query(copyFrom(statement)));
  }

  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (text !== '' && !this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Ends the COPY and waits for the server to take it all. */
  async end(): Promise<void> {
    this.stream.end();
    await finished(this.stream);
  }

  destroy(): void {
    this.stream.destroy();
  }
}
