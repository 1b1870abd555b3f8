import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.js';

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Claire MOREL')).toBe('Claire MOREL');
    expect(csvCell('2026-05-13T08:00:00.000Z')).toBe('2026-05-13T08:00:00.000Z');
    expect(csvCell('')).toBe('');
  });

  it('neutralises what a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+33612345678')).toBe("'+33612345678");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('Cabinet; Évry')).toBe('"Cabinet; Évry"');
    expect(csvCell('dit "Jo"')).toBe('"dit ""Jo"""');
    expect(csvCell('deux\nlignes')).toBe('"deux\nlignes"');
  });
});

describe('toCsv', () => {
  it('writes a BOM, the header and CRLF-terminated rows', () => {
    expect(toCsv(['Nom', 'Prénom'], [['Morel', 'Claire'], ['=1', 'a;b']])).toBe('\uFEFFNom;Prénom\r\nMorel;Claire\r\n\'=1;"a;b"\r\n');
  });
});
