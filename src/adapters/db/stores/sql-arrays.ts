/**
 * A PostgreSQL array literal (`{"a","b",NULL}`), passed as one text parameter
 * and cast in SQL: the same on both drivers, and one parameter for any number
 * of rows (inserts by `unnest`).
 */
export function arrayLiteral(items: readonly (string | number | null)[]): string {
  return `{${items.map((item) => (item === null ? 'NULL' : `"${String(item).replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}
