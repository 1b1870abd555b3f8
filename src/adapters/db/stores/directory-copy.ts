import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DirectoryEntry } from '../../../core/directory/index.js';
import type { EntryBatch } from './directory-import.js';

const escapes: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const replaceSpecial = (c: string): string => escapes[c] ?? c;

/** A value in COPY's text format (`\N` for null, backslash escapes). */
export function copyValue(value: string | null): string {
  if (value === null) return '\\N';
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, replaceSpecial) : value;
}

/** An entry as one COPY text row, in `importColumns` order (a unit test keeps the two in step). */
export function copyRow(e: DirectoryEntry, f: (value: string | null) => string): string {
  return (
    `${f(e.idNat)}\t${f(e.siteKey)}\t${f(e.idType)}\t${f(e.identifier)}\t${f(e.civility)}\t${f(e.lastName)}\t${f(e.firstName)}\t` +
    `${f(e.professionCode)}\t${f(e.professionLabel)}\t${f(e.savoirFaireCode)}\t${f(e.savoirFaireLabel)}\t${f(e.exerciseMode)}\t` +
    `${f(e.structureName)}\t${f(e.address)}\t${f(e.postcode)}\t${f(e.communeCode)}\t${f(e.communeName)}\t${f(e.phone)}\t` +
    `${f(e.email)}\t${f(e.lastNameSearch)}\t${f(e.firstNameSearch)}\n`
  );
}

const nullable = (value: string | null): string => (value === null ? '\\N' : value);

/** `copyRow` for values known to need no escaping (the common case: it runs for every row of a file). */
export function copyRowPlain(e: DirectoryEntry): string {
  return (
    `${e.idNat}\t${e.siteKey}\t${e.idType}\t${e.identifier}\t${nullable(e.civility)}\t${e.lastName}\t${e.firstName}\t` +
    `${e.professionCode}\t${nullable(e.professionLabel)}\t${nullable(e.savoirFaireCode)}\t${nullable(e.savoirFaireLabel)}\t${nullable(e.exerciseMode)}\t` +
    `${nullable(e.structureName)}\t${nullable(e.address)}\t${nullable(e.postcode)}\t${nullable(e.communeCode)}\t${nullable(e.communeName)}\t${nullable(e.phone)}\t` +
    `${nullable(e.email)}\t${e.lastNameSearch}\t${e.firstNameSearch}\n`
  );
}

/**
 * COPY text rows of a batch, prefixed by their line number with `withLines`.
 * Values are escaped unless the batch is `plain`.
 */
export function copyRows(batch: EntryBatch, withLines: boolean): string {
  let out = '';
  for (let i = 0; i < batch.entries.length; i++) {
    const entry = batch.entries[i];
    if (!entry) continue;
    const row = batch.plain ? copyRowPlain(entry) : copyRow(entry, copyValue);
    out += withLines ? `${batch.lines[i] ?? 0}\t${row}` : row;
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

  /** Rows the server took (once ended). */
  get rowCount(): number {
    return this.stream.rowCount;
  }

  destroy(): void {
    this.stream.destroy();
  }
}
