import { afterAll, describe, expect, it } from 'vitest';
import { extractLine, headerLine, professional, scratchFolder } from '../../../test/support/directory-extract.js';
import { AppError } from '../../core/errors.js';
import { openExtract, type BadLine, type ExtractInfo } from './reader.js';

const folder = scratchFolder('declic-reader-');
afterAll(() => folder.cleanup());

interface Read {
  readonly info: ExtractInfo;
  readonly names: string[];
  readonly lines: number[];
  readonly bad: BadLine[];
  readonly linesRead: number;
}

async function read(name: string, content: string | Buffer): Promise<Read> {
  const extract = await openExtract(folder.write(name, content));
  const result: Read = { info: extract.info, names: [], lines: [], bad: [], linesRead: 0 };
  let linesRead = 0;
  for await (const chunk of extract.chunks()) {
    result.names.push(...chunk.entries.map((e) => `${e.lastName} ${e.firstName}`));
    result.lines.push(...chunk.lines);
    result.bad.push(...chunk.bad);
    linesRead += chunk.linesRead;
  }
  return { ...result, linesRead };
}

async function failure(name: string, content: string | Buffer | null): Promise<AppError> {
  const path = content === null ? folder.path(name) : folder.write(name, content);
  const error = await openExtract(path).catch((e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const paradis = extractLine(professional('10002241056', 'PARADIS', 'PHILIPPE'));
const paranque = extractLine(professional('10000874494', 'PARANQUE', 'PHILIPPE'));

describe('openExtract', () => {
  it('reads the 56-column layout: trailing separator dropped, quotes kept, numbered lines', async () => {
    const quoted = extractLine(professional('10000618727', 'PARDIES', 'PHILIPPE', { 'Raison sociale site': 'CABINET "LES TILLEULS"', 'Enseigne commerciale site': '"' }));
    const extract = await openExtract(folder.write('56.txt', [headerLine(), paradis, quoted, ''].join('\n')));
    expect(extract.info).toMatchObject({ encoding: 'utf-8', columns: 56 });
    const entries = [];
    for await (const chunk of extract.chunks()) entries.push(...chunk.entries);
    expect(entries.map((e) => [e.idNat, e.structureName])).toEqual([
      ['810002241056', null],
      ['810000618727', 'CABINET "LES TILLEULS"'],
    ]);
  });

  it('reads the older 52-column layout', async () => {
    const result = await read('52.txt', [headerLine(52), extractLine(professional('10002241056', 'PARADIS', 'PHILIPPE'), 52)].join('\n'));
    expect(result.info.columns).toBe(52);
    expect(result.names).toEqual(['PARADIS PHILIPPE']);
  });

  it('reads CRLF line endings, a byte-order mark, blank lines and a last line without a newline', async () => {
    const content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([headerLine(), paradis, '', paranque].join('\r\n'))]);
    const result = await read('crlf.txt', content);
    expect(result.info.encoding).toBe('utf-8');
    expect(result.names).toEqual(['PARADIS PHILIPPE', 'PARANQUE PHILIPPE']);
    expect(result.lines).toEqual([2, 4]);
    expect(result.linesRead).toBe(2);
  });

  it('detects a Latin-1 file and decodes its header and accented names', async () => {
    const line = extractLine(professional('10000000009', 'LEFÈVRE', 'HÉLÈNE', { 'Libellé profession': 'Médecin' }));
    const result = await read('latin1.txt', Buffer.from([headerLine(), line].join('\n'), 'latin1'));
    expect(result.info.encoding).toBe('windows-1252');
    expect(result.names).toEqual(['LEFÈVRE HÉLÈNE']);
    expect(result.bad).toEqual([]);
  });

  it('reports short and long lines with their numbers and reads the others', async () => {
    const short = paradis.split('|').slice(0, 40).join('|');
    const long = `${paradis}extra|`;
    const noName = extractLine(professional('10000000009', '', 'JEAN'));
    const result = await read('bad.txt', [headerLine(), paradis, short, long, noName, paranque].join('\n'));
    expect(result.names).toEqual(['PARADIS PHILIPPE', 'PARANQUE PHILIPPE']);
    expect(result.bad).toEqual([
      { line: 3, reason: 'column_count', expected: 56, actual: 39 },
      { line: 4, reason: 'column_count', expected: 56, actual: 57 },
      { line: 5, reason: 'missing_name' },
    ]);
    expect(result.linesRead).toBe(5);
  });

  it('reports a line that is not UTF-8 in a UTF-8 file, and a line too long to be one', async () => {
    const latin1Line = Buffer.from(extractLine(professional('10000000009', 'MÉNARD', 'JEAN')), 'latin1');
    const filler = Array.from({ length: 400 }, () => paradis).join('\n');
    const content = Buffer.concat([Buffer.from(`${headerLine()}\n${filler}\n`), latin1Line, Buffer.from(`\n${'x'.repeat(70_000)}\n${'y|'.repeat(200_000)}\n${paranque}\n`)]);
    const result = await read('mixed.txt', content);
    expect(result.info.encoding).toBe('utf-8');
    expect(result.bad).toEqual([
      { line: 402, reason: 'encoding' },
      { line: 403, reason: 'too_long' },
      { line: 404, reason: 'too_long' },
    ]);
    expect(result.names.at(-1)).toBe('PARANQUE PHILIPPE');
    expect(result.lines.at(-1)).toBe(405);
  });

  it('refuses a missing file, an empty file and a file that is not an extract', async () => {
    expect(await failure('missing.txt', null)).toMatchObject({ code: 'directory.file_unreadable', params: { details: 'fichier introuvable' } });
    expect(await failure('empty.txt', '')).toMatchObject({ code: 'directory.file_unreadable', params: { details: 'fichier vide' } });
    expect(await failure('communes.csv', 'code_insee,nom\n91228,Évry\n')).toMatchObject({
      code: 'directory.invalid_header',
      params: { missing: "Identification nationale PP, Nom d'exercice, Prénom d'exercice, Code profession" },
    });
  });
});
