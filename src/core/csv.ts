/** CSV for spreadsheets (Excel in French locale): `;` separator, CRLF lines, UTF-8 with a byte-order mark. */

export const CSV_SEPARATOR = ';';
/** Makes Excel read the file as UTF-8 (accents). */
export const CSV_BOM = '\uFEFF';

/** First characters a spreadsheet reads as a formula (CSV injection), tab and carriage return included. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";\r\n]/;

/**
 * One cell: a value a spreadsheet would run as a formula gets a leading apostrophe
 * (shown as text, never evaluated); a value with a separator, quote or line break is quoted.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The whole file: BOM, then the header and the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(CSV_SEPARATOR));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
