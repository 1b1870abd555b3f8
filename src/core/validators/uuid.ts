const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a canonical UUID string (any version), the shape of every id in the database. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
