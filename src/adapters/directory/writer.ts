import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { syntheticExtractLines, type GenerateOptions } from './generator.js';

export type ExtractEncoding = 'utf8' | 'latin1';

/** Characters Latin-1 lacks, replaced before writing a Latin-1 file. */
const latin1Safe = (s: string): string => s.replace(/[’‘]/g, "'").replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/[\u0100-\u{10FFFF}]/gu, "?");

/**
 * Writes a synthetic extract to `path` (lines ending in `\n`), in chunks of
 * about 1 MB with backpressure, so memory stays flat whatever `rows`.
 */
export async function writeSyntheticExtract(path: string, options: GenerateOptions & { readonly encoding: ExtractEncoding }): Promise<{ rows: number; bytes: number }> {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  let chunk = '';
  let bytes = 0;
  const flush = async (): Promise<void> => {
    const buffer = Buffer.from(options.encoding === 'latin1' ? latin1Safe(chunk) : chunk, options.encoding);
    chunk = '';
    bytes += buffer.length;
    if (!out.write(buffer)) await Promise.race([once(out, 'drain'), failed]);
  };
  let lines = 0;
  for (const line of syntheticExtractLines(options)) {
    chunk += `${line}\n`;
    lines++;
    if (chunk.length >= 1 << 20) await flush();
  }
  await flush();
  out.end();
  await Promise.race([once(out, 'close'), failed]);
  return { rows: lines - 1, bytes };
}
