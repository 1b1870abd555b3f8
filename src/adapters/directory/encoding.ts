/** Encodings the extract has come in: UTF-8 in recent files, Latin-1 (read as Windows-1252) in old ones. */
export type ExtractTextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DetectedEncoding {
  readonly encoding: ExtractTextEncoding;
  /** Length of the byte-order mark to skip. */
  readonly bomLength: number;
}

/**
 * The encoding of a file from its first bytes: a byte-order mark when there is
 * one; else UTF-8 when the sample is valid UTF-8 (a multi-byte sequence cut at
 * the end of the sample is allowed), else Windows-1252 — the superset of
 * Latin-1 that old extracts were written in.
 */
export function detectEncoding(sample: Uint8Array): DetectedEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: isUtf8(trimCutSequence(sample)) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The sample without a UTF-8 sequence cut by its end (at most 3 bytes dropped). */
function trimCutSequence(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? bytes.subarray(0, bytes.length - back) : bytes;
    }
    return bytes;
  }
  return bytes;
}
