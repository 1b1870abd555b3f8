import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { mapHeader, mapRow, type BadLineReason, type ColumnMap, type DirectoryEntry, type ExtractField } from '../../core/directory/index.js';
import { AppError } from '../../core/errors.js';
import { t } from '../../i18n/index.js';
import { detectEncoding, type ExtractTextEncoding } from './encoding.js';
import { LineCells } from './line-cells.js';

/** A line that was not imported, with its 1-based number in the file (the header is line 1). */
export interface BadLine {
  readonly line: number;
  readonly reason: BadLineReason;
  /** For `column_count`: the header's column count and the line's. */
  readonly expected?: number;
  readonly actual?: number;
}

export interface ExtractInfo {
  readonly size: number;
  readonly encoding: ExtractTextEncoding;
  /** Columns of the header (without the empty one after the trailing `|`). */
  readonly columns: number;
}

/** What one read of the file (~1 MB) gave. */
export interface ExtractChunk {
  readonly entries: DirectoryEntry[];
  /** Line number of each entry. */
  readonly lines: number[];
  readonly bad: BadLine[];
  /** Bytes of the file read so far. */
  readonly bytesRead: number;
  /** Data lines (not blank, header excluded) in this chunk. */
  readonly linesRead: number;
  /** No backslash, tab or stray carriage return in the chunk: no value needs escaping for COPY. */
  readonly plain: boolean;
}

export interface OpenedExtract {
  readonly info: ExtractInfo;
  /** Streams the data lines, chunk by chunk; never holds the whole file. */
  chunks(): AsyncGenerator<ExtractChunk>;
}

const SAMPLE_BYTES = 64 * 1024;
const CHUNK_BYTES = 256 * 1024;
/** Real lines are under 1 kB; a longer one is reported and skipped, so memory stays bounded. */
export const MAX_LINE_CHARS = 64 * 1024;
/** A carriage return not before a line feed (the others are cut off with their line). */
const STRAY_CR = /\r(?!\n)/;

/** True when `text` holds a character COPY's text format escapes: backslash, tab, stray carriage return. */
function needsEscape(text: string): boolean {
  return text.includes('\\') || text.includes('\t') || (text.includes('\r') && STRAY_CR.test(text));
}

const headerWording: Partial<Record<ExtractField, string>> = {
  idNat: 'Identification nationale PP',
  lastName: "Nom d'exercice",
  firstName: "Prénom d'exercice",
  professionCode: 'Code profession',
};

function unreadable(file: string, code: string): AppError {
  const known = ['ENOENT', 'EACCES', 'EISDIR', 'empty'].includes(code);
  return new AppError('directory.file_unreadable', { file, details: t(`directory.file.${known ? code : 'other'}`, { code }) });
}

/**
 * Opens an extract: detects its encoding and maps its header. Throws
 * `directory.file_unreadable` (missing, unreadable or empty file) or
 * `directory.invalid_header` (names, profession or identifier columns missing).
 */
export async function openExtract(path: string): Promise<OpenedExtract> {
  let sample: Uint8Array;
  let size: number;
  try {
    const handle = await open(path, 'r');
    try {
      size = (await handle.stat()).size;
      const buffer = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      sample = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw unreadable(path, (error as NodeJS.ErrnoException).code ?? 'unknown');
  }
  if (size === 0) throw unreadable(path, 'empty');
  const { encoding, bomLength } = detectEncoding(sample);
  const text = new TextDecoder(encoding).decode(sample.subarray(bomLength));
  const newline = text.indexOf('\n');
  const headerLine = (newline < 0 ? text : text.slice(0, newline)).replace(/\r$/, '');
  const cells = headerLine.split('|');
  const trailing = cells.length > 1 && cells[cells.length - 1] === '';
  if (trailing) cells.pop();
  const mapping = newline < 0 && size > sample.length ? null : mapHeader(cells);
  if (!mapping?.ok) {
    const missing = mapping ? mapping.missing : (['idNat', 'lastName', 'firstName', 'professionCode'] as const);
    throw new AppError('directory.invalid_header', { missing: missing.map((f) => headerWording[f] ?? f).join(', ') });
  }
  const info: ExtractInfo = { size, encoding, columns: mapping.count };
  return { info, chunks: () => readChunks(path, bomLength, info, mapping.columns, trailing) };
}

async function* readChunks(path: string, start: number, info: ExtractInfo, columns: ColumnMap, trailing: boolean): AsyncGenerator<ExtractChunk> {
  const decoder = new TextDecoder(info.encoding);
  const expectedCells = info.columns + (trailing ? 1 : 0);
  const cells = new LineCells(expectedCells);
  const fixC1 = info.encoding === 'utf-8';
  let pending = '';
  let lineNo = 0;
  let skipping = false;
  let bytesRead = start;

  const parse = (text: string, final: boolean): ExtractChunk => {
    const plain = !needsEscape(text);
    const chunk = { entries: [] as DirectoryEntry[], lines: [] as number[], bad: [] as BadLine[], bytesRead, linesRead: 0, plain };
    // Whole-chunk checks first: most chunks need no per-line scan.
    const undecodable = text.includes('\uFFFD');
    const strayC1 = fixC1 && text.includes('\u0092');
    const handle = (raw: string): void => {
      if (lineNo === 1) return;
      let line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
      if (line === '' || (line.charCodeAt(0) <= 32 && line.trim() === '')) return;
      chunk.linesRead++;
      if (line.length > MAX_LINE_CHARS) return void chunk.bad.push({ line: lineNo, reason: 'too_long' });
      if (undecodable && line.includes('\uFFFD')) return void chunk.bad.push({ line: lineNo, reason: 'encoding' });
      // A stray C1 control U+0092 stands for the Windows-1252 apostrophe in some files.
      if (strayC1) line = line.replaceAll('\u0092', '’');
      cells.reset(line);
      if (cells.count !== expectedCells) {
        return void chunk.bad.push({ line: lineNo, reason: 'column_count', expected: info.columns, actual: cells.count - (trailing ? 1 : 0) });
      }
      const result = mapRow(cells, columns);
      if (typeof result === 'string') return void chunk.bad.push({ line: lineNo, reason: result });
      chunk.entries.push(result);
      chunk.lines.push(lineNo);
    };
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      const line = text.slice(from, nl);
      from = nl + 1;
      lineNo++;
      if (skipping) skipping = false;
      else handle(line);
    }
    const rest = text.slice(from);
    if (final) {
      if (rest !== '' && !skipping) {
        lineNo++;
        handle(rest);
      }
      pending = '';
    } else if (rest.length > MAX_LINE_CHARS) {
      if (!skipping) {
        chunk.linesRead++;
        chunk.bad.push({ line: lineNo + 1, reason: 'too_long' });
      }
      skipping = true;
      pending = '';
    } else {
      pending = rest;
    }
    return chunk;
  };

  for await (const buffer of createReadStream(path, { start, highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    bytesRead += buffer.length;
    yield parse(pending + decoder.decode(buffer, { stream: true }), false);
  }
  yield parse(pending + decoder.decode(), true);
}
