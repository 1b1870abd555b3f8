/** Names used by the PostgreSQL integration project, derived from TEST_DATABASE_URL. */
export function templateName(url: string): string {
  const base = new URL(url).pathname.replace(/^\//, '') || 'declic_test';
  return `${base}_template`.replace(/[^a-z0-9_]/gi, '_');
}

/** The same server, on the maintenance database. */
export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}
